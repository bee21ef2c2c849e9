package com.salesflow.opportunity.ui;

import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.Customers;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityForm;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;

/** Opens an opportunity for one of the user's customers: customer, name, amount and expected close. */
class NewOpportunityDialog extends Dialog {

    NewOpportunityDialog(Opportunities opportunities, Customers customers, Consumer<OpportunitySummary> created) {
        setHeaderTitle(getTranslation("opportunity.new"));
        setId("new-opportunity-dialog");
        ComboBox<CustomerSummary> customer = new ComboBox<>(getTranslation("opportunity.customer"));
        customer.setId("new-opportunity-customer");
        customer.setItems(query -> {
            String text = query.getFilter().filter(filter -> !filter.isBlank()).orElse(null);
            return customers.search(CustomerFilter.text(text), PageRequest.of(query.getPage(), query.getPageSize()))
                    .stream();
        });
        customer.setItemLabelGenerator(CustomerSummary::name);
        customer.setRequiredIndicatorVisible(true);
        TextField name = new TextField(getTranslation("opportunity.name"));
        name.setId("new-opportunity-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        BigDecimalField amount = new BigDecimalField(getTranslation("opportunity.amount"));
        amount.setId("new-opportunity-amount");
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span("CNY"));
        DatePicker expectedClose = new DatePicker(getTranslation("opportunity.expectedClose"));
        expectedClose.setId("new-opportunity-close");
        FormLayout form = new FormLayout(customer, name, amount, expectedClose);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(customer, 2);
        form.setColspan(name, 2);
        add(form);

        Map<String, HasValidation> fields = Map.of("customerId", customer, "name", name, "amount", amount,
                "expectedClose", expectedClose);
        Button save = new Button(getTranslation("action.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                OpportunitySummary opportunity = opportunities.create(new OpportunityForm(
                        customer.getValue() == null ? null : customer.getValue().id(), name.getValue(),
                        amount.getValue(), null, null, expectedClose.getValue(), null, List.of(), null, null, null,
                        null, null));
                UiMessages.success(getTranslation("opportunity.created", opportunity.name()));
                close();
                created.accept(opportunity);
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, fields, this);
            }
        });
        save.setId("new-opportunity-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
        setWidth("36em");
    }
}
