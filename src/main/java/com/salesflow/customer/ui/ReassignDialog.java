package com.salesflow.customer.ui;

import com.salesflow.shared.ui.UiMessages;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.Customers;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Gives a customer to another salesperson, with the reason. It offers the people the server says the user may
 * choose (a supervisor's team, everyone in sales for directors and admins); the server checks again on save.
 */
class ReassignDialog extends Dialog {

    ReassignDialog(Customers customers, CustomerDetails customer, People people, Consumer<CustomerDetails> onDone) {
        setId("reassign-dialog");
        setHeaderTitle(getTranslation("ownership.reassign.title", customer.name()));
        setWidth("min(32em, 95vw)");
        ComboBox<UserSummary> owner = new ComboBox<>(getTranslation("ownership.newOwner"));
        owner.setId("reassign-owner");
        owner.setItems(customers.assignableOwners().stream()
                .filter(user -> !user.username().equals(customer.owner())).toList());
        owner.setItemLabelGenerator(People::name);
        owner.setRequiredIndicatorVisible(true);
        owner.setHelperText(getTranslation("ownership.newOwner.help"));
        TextArea reason = new TextArea(getTranslation("ownership.reason"));
        reason.setId("reassign-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);
        FormLayout form = new FormLayout(owner, reason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save = new Button(getTranslation("ownership.reassign"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("error.reason.required"));
                reason.setInvalid(true);
                return;
            }
            try {
                String login = owner.getValue() == null ? null : owner.getValue().username();
                CustomerDetails changed = customers.reassign(customer.id(), login, reason.getValue());
                UiMessages.success(getTranslation("ownership.reassigned", changed.name(), people.name(changed.owner())));
                close();
                onDone.accept(changed);
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("owner", owner, "comment", reason), this);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
            } catch (AccessDeniedException e) {
                UiMessages.error(e.getMessage());
            }
        });
        save.setId("reassign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
