package com.salesflow.complaint.ui;

import com.salesflow.complaint.ComplaintCategory;
import com.salesflow.complaint.ComplaintChannel;
import com.salesflow.complaint.ComplaintForm;
import com.salesflow.complaint.ComplaintSeverity;
import com.salesflow.complaint.Complaints;
import com.salesflow.contract.ContractSummary;
import com.salesflow.contract.Contracts;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.Customers;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Registers a complaint: the customer (fixed when opened from a customer), what it is about, how severe, how it
 * reached us, the description, and optionally the contract it concerns. The SLA follows from the severity.
 */
class RegisterComplaintDialog extends Dialog {

    private final Complaints complaints;
    private final Contracts contracts;
    private final ComboBox<CustomerSummary> customer = new ComboBox<>();
    private final Select<ComplaintCategory> category = new Select<>();
    private final Select<ComplaintSeverity> severity = new Select<>();
    private final Select<ComplaintChannel> channel = new Select<>();
    private final TextArea description = new TextArea();
    private final ComboBox<ContractSummary> contract = new ComboBox<>();
    private final LongConsumer registered;

    /** @param fixed the customer when opened from one, else null: the user picks one */
    RegisterComplaintDialog(Complaints complaints, Customers customers, Contracts contracts, CustomerRef fixed,
            LongConsumer registered) {
        this.complaints = complaints;
        this.contracts = contracts;
        this.registered = registered;
        setId("complaint-register-dialog");
        setHeaderTitle(getTranslation("complaint.register.title"));
        setWidth("40rem");

        customer.setId("complaint-register-customer");
        customer.setLabel(getTranslation("complaint.customer"));
        customer.setItemLabelGenerator(CustomerSummary::name);
        customer.setRequired(true);
        customer.setWidthFull();
        if (fixed != null) {
            CustomerSummary only = new CustomerSummary(fixed.id(), null, fixed.name(), null, null, null, null, null,
                    null, null, null, null, null, java.util.Set.of(), null, null, 0);
            customer.setItems(only);
            customer.setValue(only);
            customer.setReadOnly(true);
        } else {
            customer.setItems(query -> customers.search(CustomerFilter.text(query.getFilter().orElse("")),
                    PageRequest.of(query.getPage(), query.getPageSize())).stream());
        }
        customer.addValueChangeListener(change -> showContracts());

        category.setId("complaint-register-category");
        category.setLabel(getTranslation("complaint.category"));
        category.setItems(ComplaintCategory.values());
        category.setItemLabelGenerator(v -> getTranslation("complaintCategory." + v.name()));
        severity.setId("complaint-register-severity");
        severity.setLabel(getTranslation("complaint.severity"));
        severity.setItems(ComplaintSeverity.values());
        severity.setItemLabelGenerator(v -> getTranslation("complaintSeverity." + v.name()));
        severity.setValue(ComplaintSeverity.NORMAL);
        channel.setId("complaint-register-channel");
        channel.setLabel(getTranslation("complaint.channel"));
        channel.setItems(ComplaintChannel.PHONE, ComplaintChannel.EMAIL, ComplaintChannel.VISIT,
                ComplaintChannel.WECHAT, ComplaintChannel.WEB);
        channel.setItemLabelGenerator(v -> getTranslation("complaintChannel." + v.name()));
        channel.setValue(ComplaintChannel.PHONE);
        description.setId("complaint-register-description");
        description.setLabel(getTranslation("complaint.description"));
        description.setMaxLength(4000);
        description.setMinHeight("8rem");
        contract.setId("complaint-register-contract");
        contract.setLabel(getTranslation("complaint.contract"));
        contract.setItemLabelGenerator(ContractSummary::label);
        contract.setClearButtonVisible(true);
        contract.setHelperText(getTranslation("complaint.register.contractHint"));
        showContracts();

        FormLayout form = new FormLayout(customer, category, severity, channel, description, contract);
        form.setColspan(customer, 2);
        form.setColspan(description, 2);
        form.setColspan(contract, 2);
        add(form);

        Button save = new Button(getTranslation("complaint.register.save"), click -> save());
        save.setId("complaint-register-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void showContracts() {
        CustomerSummary chosen = customer.getValue();
        List<ContractSummary> ofCustomer = List.of();
        if (chosen != null) {
            try {
                ofCustomer = contracts.ofCustomer(chosen.id());
            } catch (AccessDeniedException | NotFoundException notVisible) {
                // Service sees the customer but maybe not its contracts: registering works without one.
            }
        }
        contract.setItems(ofCustomer);
        contract.setEnabled(!ofCustomer.isEmpty());
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("customerId", customer, "category", category, "severity",
                severity, "channel", channel, "description", description, "contractId", contract);
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            long id = complaints.register(new ComplaintForm(customer.getValue() == null ? null
                    : customer.getValue().id(), category.getValue(), severity.getValue(), channel.getValue(),
                    description.getValue(), contract.getValue() == null ? null : contract.getValue().id(), null));
            close();
            registered.accept(id);
        } catch (InvalidInputException e) {
            UiMessages.showFieldErrors(e, fields, this);
        } catch (NotFoundException | AccessDeniedException e) {
            UiMessages.error(e.getMessage());
        }
    }
}
