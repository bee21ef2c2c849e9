package com.salesflow.product.ui;

import com.salesflow.product.PriceListDetails;
import com.salesflow.product.PriceListForm;
import com.salesflow.product.PriceListItem;
import com.salesflow.product.PriceListSummary;
import com.salesflow.product.PriceLists;
import com.salesflow.product.ProductFilter;
import com.salesflow.product.ProductSummary;
import com.salesflow.product.Products;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Price lists (价格表) with their validity, and the prices of the selected list. Everyone signed in looks them up;
 * administrators and directors also create and change lists and prices (the service refuses anyone else). Expired,
 * not yet valid and deactivated lists are marked with an icon and a word.
 */
@Route("price-lists")
@PermitAll
@Menu(order = 31, icon = "vaadin:invoice", title = "nav.priceLists")
public class PriceListsView extends VerticalLayout implements HasDynamicTitle {

    private final PriceLists priceLists;
    private final Products products;
    private final CatalogueLabels labels;
    private final boolean maintain;
    private final Grid<PriceListSummary> lists = new Grid<>();
    private final Grid<PriceListItem> items = new Grid<>();
    private final TextField search = new TextField();
    private final H3 itemsHeading = new H3();
    private final Button addItem = new Button();
    private final VerticalLayout itemsPanel = new VerticalLayout();
    private PriceListSummary selected;

    PriceListsView(PriceLists priceLists, Products products) {
        this.priceLists = priceLists;
        this.products = products;
        this.labels = new CatalogueLabels(this, getLocale());
        this.maintain = priceLists.mayMaintain();
        setId("price-lists-view");
        setSizeFull();
        configureLists();
        configureItems();
        add(header(), filters(), lists, itemsPanel);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.priceLists") + " · Salesflow";
    }

    private Component header() {
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.priceLists")));
        if (maintain) {
            Button create = new Button(getTranslation("priceLists.new"), VaadinIcon.PLUS.create(),
                    click -> openListEditor(null));
            create.setId("new-price-list");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.getStyle().set("margin-left", "auto");
            header.add(create);
        }
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters() {
        search.setId("price-lists-search");
        search.setPlaceholder(getTranslation("priceLists.search"));
        search.setAriaLabel(getTranslation("priceLists.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> refresh());
        return search;
    }

    private void configureLists() {
        lists.setId("price-lists-grid");
        lists.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        lists.addColumn(PriceListSummary::name).setHeader(getTranslation("priceList.name")).setFlexGrow(2);
        lists.addColumn(PriceListSummary::currency).setHeader(getTranslation("product.currency")).setWidth("6rem")
                .setFlexGrow(0);
        lists.addColumn(this::validity).setHeader(getTranslation("priceList.validity")).setWidth("16rem")
                .setFlexGrow(1);
        lists.addComponentColumn(list -> labels.statusBadge(list.status()))
                .setHeader(getTranslation("priceList.status")).setWidth("10rem").setFlexGrow(0);
        lists.addColumn(PriceListSummary::itemCount).setHeader(getTranslation("priceList.itemCount"))
                .setTextAlign(ColumnTextAlign.END).setWidth("7rem").setFlexGrow(0);
        if (maintain) {
            lists.addComponentColumn(this::listActions).setHeader(getTranslation("action.actions")).setWidth("6rem")
                    .setFlexGrow(0);
        }
        lists.setHeight("16rem");
        lists.setWidthFull();
        lists.asSingleSelect().addValueChangeListener(change -> {
            if (change.isFromClient()) {
                select(change.getValue());
            }
        });
    }

    /** "1 Jan 2026 – 31 Dec 2026", or "from 1 Jan 2026" when open-ended. */
    private String validity(PriceListSummary list) {
        return list.validTo() == null ? getTranslation("priceList.openEnded", labels.date(list.validFrom()))
                : labels.date(list.validFrom()) + " – " + labels.date(list.validTo());
    }

    private HorizontalLayout listActions(PriceListSummary list) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(labels.action(VaadinIcon.EDIT, "action.edit", () -> openListEditor(list)));
        if (list.active()) {
            Button deactivate = labels.action(VaadinIcon.BAN, "priceLists.deactivate", () -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("priceLists.deactivate.title", list.name()),
                        getTranslation("priceLists.deactivate.text"), getTranslation("priceLists.deactivate"),
                        event -> setActive(list, false), getTranslation("action.cancel"), event -> { });
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(deactivate);
        } else {
            actions.add(labels.action(VaadinIcon.PLAY, "priceLists.activate", () -> setActive(list, true)));
        }
        return actions;
    }

    private void setActive(PriceListSummary list, boolean active) {
        attempt(() -> {
            priceLists.setActive(list.id(), active, list.version());
            UiMessages.success(getTranslation(active ? "priceLists.activated" : "priceLists.deactivated",
                    list.name()));
        });
    }

    private void configureItems() {
        itemsHeading.setId("price-list-items-heading");
        addItem.setText(getTranslation("priceLists.addItem"));
        addItem.setIcon(VaadinIcon.PLUS.create());
        addItem.setId("add-price-list-item");
        addItem.addClickListener(click -> openItemEditor(null));
        addItem.setVisible(maintain);
        addItem.getStyle().set("margin-left", "auto");
        HorizontalLayout heading = new HorizontalLayout(itemsHeading, addItem);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        heading.setWidthFull();

        items.setId("price-list-items-grid");
        items.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        items.addColumn(PriceListItem::code).setHeader(getTranslation("product.code")).setSortable(true)
                .setWidth("8rem").setFlexGrow(0);
        items.addComponentColumn(this::itemName).setHeader(getTranslation("product.name")).setFlexGrow(2);
        items.addColumn(PriceListItem::unit).setHeader(getTranslation("product.unit")).setWidth("5rem")
                .setFlexGrow(0);
        items.addColumn(item -> labels.money(item.listPrice())).setHeader(getTranslation("product.listPrice"))
                .setTextAlign(ColumnTextAlign.END).setWidth("9rem").setFlexGrow(0);
        items.addColumn(item -> labels.money(item.unitPrice())).setHeader(getTranslation("priceList.unitPrice"))
                .setTextAlign(ColumnTextAlign.END).setWidth("9rem").setFlexGrow(0);
        items.addColumn(item -> CatalogueLabels.difference(item.unitPrice(), item.listPrice()))
                .setHeader(getTranslation("priceList.difference")).setTextAlign(ColumnTextAlign.END)
                .setWidth("8rem").setFlexGrow(0);
        if (maintain) {
            items.addComponentColumn(this::itemActions).setHeader(getTranslation("action.actions")).setWidth("6rem")
                    .setFlexGrow(0);
        }
        items.setSizeFull();
        itemsPanel.add(heading, items);
        itemsPanel.setPadding(false);
        itemsPanel.setSizeFull();
        itemsPanel.setVisible(false);
    }

    /** The name in the reader's language, and a mark when the product was deactivated since it was priced. */
    private Component itemName(PriceListItem item) {
        Span name = new Span(item.name(getLocale()));
        if (item.productActive()) {
            return name;
        }
        HorizontalLayout withMark = new HorizontalLayout(name, labels.activeBadge(false));
        withMark.setSpacing(true);
        return withMark;
    }

    private HorizontalLayout itemActions(PriceListItem item) {
        Button remove = labels.action(VaadinIcon.TRASH, "priceLists.removeItem", () -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("priceLists.removeItem.title", item.code()),
                    getTranslation("priceLists.removeItem.text"), getTranslation("priceLists.removeItem"),
                    event -> attempt(() -> priceLists.removeItem(item.priceListId(), item.id())),
                    getTranslation("action.cancel"), event -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(labels.action(VaadinIcon.EDIT, "action.edit", () -> openItemEditor(item)), remove);
    }

    private void select(PriceListSummary list) {
        selected = list;
        showItems();
    }

    private void showItems() {
        if (selected == null) {
            itemsPanel.setVisible(false);
            return;
        }
        try {
            PriceListDetails details = priceLists.get(selected.id());
            selected = details.priceList();
            itemsHeading.setText(getTranslation("priceLists.items", selected.name(), selected.currency()));
            items.setItems(details.items());
            itemsPanel.setVisible(true);
        } catch (NotFoundException e) {
            selected = null;
            itemsPanel.setVisible(false);
        }
    }

    /** Runs a change; a stale row (someone else changed it meanwhile) is reported, and both lists are reloaded. */
    private void attempt(Runnable run) {
        try {
            run.run();
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
        }
        refresh();
    }

    private void refresh() {
        List<PriceListSummary> all = priceLists.list(search.getValue(), null);
        lists.setItems(all);
        if (selected != null) {
            all.stream().filter(list -> list.id() == selected.id()).findFirst().ifPresentOrElse(list -> {
                lists.select(list);
                select(list);
            }, () -> select(null));
        }
    }

    private void openListEditor(PriceListSummary existing) {
        PriceListForm form = existing == null ? new PriceListForm() : PriceListForm.of(existing);
        Dialog dialog = new Dialog(getTranslation(existing == null ? "priceLists.new" : "priceLists.edit"));
        dialog.setId("price-list-dialog");
        dialog.setWidth("36em");
        TextField name = new TextField(getTranslation("priceList.name"));
        name.setId("price-list-name");
        name.setValue(form.getName() == null ? "" : form.getName());
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        ComboBox<String> currency = new ComboBox<>(getTranslation("product.currency"));
        currency.setId("price-list-currency");
        currency.setItems(ProductDialog.CURRENCIES);
        currency.setAllowCustomValue(true);
        currency.addCustomValueSetListener(custom -> currency.setValue(custom.getDetail().strip()));
        currency.setValue(form.getCurrency());
        DatePicker from = new DatePicker(getTranslation("priceList.validFrom"));
        from.setId("price-list-valid-from");
        from.setLocale(getLocale());
        from.setRequired(true);
        from.setValue(form.getValidFrom());
        DatePicker to = new DatePicker(getTranslation("priceList.validTo"));
        to.setId("price-list-valid-to");
        to.setLocale(getLocale());
        to.setValue(form.getValidTo());
        to.setHelperText(getTranslation("priceList.validTo.help"));
        Checkbox active = new Checkbox(getTranslation("products.active"), form.getActive() == null || form.getActive());
        active.setId("price-list-active");
        active.setVisible(existing != null);
        FormLayout layout = new FormLayout(name, currency, from, to, active);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        layout.setColspan(name, 2);
        dialog.add(layout);
        Button save = new Button(getTranslation("action.save"), click -> {
            List.<HasValidation>of(name, currency, from, to).forEach(field -> field.setInvalid(false));
            form.setName(name.getValue());
            form.setCurrency(currency.getValue());
            form.setValidFrom(from.getValue());
            form.setValidTo(to.getValue());
            form.setActive(existing == null ? null : active.getValue());
            try {
                PriceListSummary saved = existing == null ? priceLists.create(form)
                        : priceLists.update(existing.id(), form);
                dialog.close();
                UiMessages.success(getTranslation("priceLists.saved", saved.name()));
                selected = saved;
                refresh();
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("name", name, "currency", currency, "validFrom", from,
                        "validTo", to), this);
            } catch (ConflictException e) {
                if ("priceList.nameTaken".equals(e.code())) {
                    name.setErrorMessage(getTranslation("error.priceList.nameTaken", e.args().toArray()));
                    name.setInvalid(true);
                } else {
                    UiMessages.conflict(e, this);
                }
            }
        });
        save.setId("save-price-list");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** Adds a product's price to the selected list, or changes one. */
    private void openItemEditor(PriceListItem existing) {
        if (selected == null) {
            return;
        }
        Dialog dialog = new Dialog(existing == null ? getTranslation("priceLists.addItem")
                : getTranslation("priceLists.editItem", existing.code()));
        dialog.setId("price-list-item-dialog");
        dialog.setWidth("32em");
        ComboBox<ProductSummary> product = new ComboBox<>(getTranslation("priceList.product"));
        product.setId("price-list-item-product");
        product.setItemLabelGenerator(choice -> choice.code() + " · " + choice.name(getLocale()));
        product.setItems(query -> products.list(new ProductFilter(query.getFilter().orElse(null), true),
                PageRequest.of(query.getPage(), query.getPageSize(), Sort.by("code"))).stream());
        product.setRequiredIndicatorVisible(true);
        product.setWidthFull();
        BigDecimalField unitPrice = new BigDecimalField(getTranslation("priceList.unitPrice"));
        unitPrice.setId("price-list-item-price");
        unitPrice.setSuffixComponent(new Span(selected.currency()));
        unitPrice.setRequiredIndicatorVisible(true);
        Paragraph listPrice = new Paragraph();
        listPrice.getStyle().set("color", "var(--lumo-secondary-text-color)");
        if (existing == null) {
            product.addValueChangeListener(change -> {
                if (change.getValue() != null) {
                    listPrice.setText(getTranslation("priceList.listPriceHint",
                            labels.money(change.getValue().listPrice()), change.getValue().currency()));
                    if (unitPrice.getValue() == null) {
                        unitPrice.setValue(change.getValue().listPrice());
                    }
                }
            });
        } else {
            product.setVisible(false);
            unitPrice.setValue(existing.unitPrice());
            listPrice.setText(existing.code() + " · " + existing.name(getLocale()) + " — " + getTranslation(
                    "priceList.listPriceHint", labels.money(existing.listPrice()), selected.currency()));
        }
        dialog.add(new VerticalLayout(product, listPrice, unitPrice));
        long listId = selected.id();
        Button save = new Button(getTranslation("action.save"), click -> {
            product.setInvalid(false);
            unitPrice.setInvalid(false);
            try {
                if (existing == null) {
                    if (product.getValue() == null) {
                        product.setErrorMessage(getTranslation("error.product.unknown"));
                        product.setInvalid(true);
                        return;
                    }
                    priceLists.addItem(listId, product.getValue().id(), unitPrice.getValue());
                } else {
                    priceLists.updateItem(listId, existing.id(), unitPrice.getValue(), existing.version());
                }
                dialog.close();
                refresh();
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("productId", product, "unitPrice", unitPrice), this);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
                dialog.close();
                refresh();
            }
        });
        save.setId("save-price-list-item");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
        dialog.open();
    }
}
