package com.salesflow.product.ui;

import com.salesflow.product.ProductForm;
import com.salesflow.product.ProductSummary;
import com.salesflow.product.Products;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Creates or edits a product. The server checks every field and reports them all at once; they are shown on the
 * fields. The tax rate is entered in percent (13), the API's fraction (0.13) is the server's.
 */
class ProductDialog extends Dialog {

    static final List<String> UNITS = List.of("台", "套", "件", "个", "次", "年", "pcs", "set");
    static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "HKD", "JPY");

    private final Products products;
    private final ProductSummary existing;
    private final Runnable onSaved;
    private final TextField code = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField nameZh = new TextField();
    private final ComboBox<String> unit = new ComboBox<>();
    private final BigDecimalField listPrice = new BigDecimalField();
    private final BigDecimalField cost = new BigDecimalField();
    private final BigDecimalField taxPercent = new BigDecimalField();
    private final ComboBox<String> currency = new ComboBox<>();
    private final Checkbox active = new Checkbox();

    ProductDialog(Products products, ProductSummary existing, Runnable onSaved) {
        this.products = products;
        this.existing = existing;
        this.onSaved = onSaved;
        setId("product-dialog");
        setHeaderTitle(getTranslation(existing == null ? "products.new" : "products.edit"));
        setWidth("44em");
        ProductForm form = existing == null ? new ProductForm() : ProductForm.of(existing);

        text(code, "code", "product.code", form.getCode(), 40);
        code.setHelperText(getTranslation("product.code.help"));
        text(nameEn, "name-en", "product.nameEn", form.getNameEn(), 200);
        text(nameZh, "name-zh", "product.nameZh", form.getNameZh(), 200);
        choice(unit, "unit", "product.unit", UNITS, form.getUnit());
        money(listPrice, "list-price", "product.listPrice", form.getListPrice());
        money(cost, "cost", "product.cost", form.getCost());
        taxPercent.setId("product-tax-rate");
        taxPercent.setLabel(getTranslation("product.taxRate"));
        taxPercent.setSuffixComponent(new Span("%"));
        taxPercent.setRequiredIndicatorVisible(true);
        taxPercent.setValue(form.getTaxRate() == null ? null : percent(form.getTaxRate()));
        taxPercent.setHelperText(getTranslation("product.taxRate.help"));
        choice(currency, "currency", "product.currency", CURRENCIES, form.getCurrency());
        active.setId("product-active");
        active.setLabel(getTranslation("products.active"));
        active.setValue(form.getActive() == null || form.getActive());
        active.setVisible(existing != null);

        FormLayout layout = new FormLayout(code, unit, nameEn, nameZh, listPrice, cost, taxPercent, currency, active);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(layout);
        Button save = new Button(getTranslation("action.save"), click -> save(form));
        save.setId("save-product");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    /** 0.1300 as 13, 0.1000 as 10 (not 1E+1). */
    static BigDecimal percent(BigDecimal rate) {
        BigDecimal percent = rate.movePointRight(2).stripTrailingZeros();
        return percent.scale() < 0 ? percent.setScale(0) : percent;
    }

    private void text(TextField field, String id, String label, String value, int maxLength) {
        field.setId("product-" + id);
        field.setLabel(getTranslation(label));
        field.setValue(value == null ? "" : value);
        field.setMaxLength(maxLength);
        field.setRequiredIndicatorVisible(true);
    }

    private void choice(ComboBox<String> field, String id, String label, List<String> items, String value) {
        field.setId("product-" + id);
        field.setLabel(getTranslation(label));
        field.setItems(items);
        field.setAllowCustomValue(true);
        field.addCustomValueSetListener(custom -> field.setValue(custom.getDetail().strip()));
        field.setValue(value);
        field.setRequiredIndicatorVisible(true);
    }

    private void money(BigDecimalField field, String id, String label, BigDecimal value) {
        field.setId("product-" + id);
        field.setLabel(getTranslation(label));
        field.setValue(value);
        field.setRequiredIndicatorVisible(true);
    }

    private void save(ProductForm form) {
        List.<HasValidation>of(code, nameEn, nameZh, unit, listPrice, cost, taxPercent, currency)
                .forEach(field -> field.setInvalid(false));
        form.setCode(code.getValue());
        form.setNameEn(nameEn.getValue());
        form.setNameZh(nameZh.getValue());
        form.setUnit(unit.getValue());
        form.setListPrice(listPrice.getValue());
        form.setCost(cost.getValue());
        form.setTaxRate(taxPercent.getValue() == null ? null : taxPercent.getValue().movePointLeft(2));
        form.setCurrency(currency.getValue());
        form.setActive(existing == null ? null : active.getValue());
        try {
            ProductSummary saved = existing == null ? products.create(form) : products.update(existing.id(), form);
            close();
            UiMessages.success(getTranslation("products.saved", saved.code()));
            onSaved.run();
        } catch (InvalidInputException e) {
            UiMessages.showFieldErrors(e, Map.of("code", code, "nameEn", nameEn, "nameZh", nameZh, "unit", unit,
                    "listPrice", listPrice, "cost", cost, "taxRate", taxPercent, "currency", currency), this);
        } catch (ConflictException e) {
            if ("product.codeTaken".equals(e.code())) {
                code.setErrorMessage(getTranslation("error.product.codeTaken", e.args().toArray()));
                code.setInvalid(true);
            } else {
                UiMessages.conflict(e, this);
            }
        }
    }
}
