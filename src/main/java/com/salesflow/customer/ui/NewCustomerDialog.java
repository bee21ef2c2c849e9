package com.salesflow.customer.ui;

import com.salesflow.shared.ui.UiMessages;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.Customers;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.PickLists;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/** Creates a customer from its basic information and classification; the server validates and picks the owner. */
class NewCustomerDialog extends Dialog {

    private final Customers customers;
    private final Consumer<CustomerDetails> onCreated;
    private final ProfileForm profile;

    NewCustomerDialog(Customers customers, List<String> owners, People people, PickLists pickLists,
            Consumer<CustomerDetails> onCreated) {
        this.customers = customers;
        this.onCreated = onCreated;
        setId("new-customer-dialog");
        setHeaderTitle(getTranslation("customers.new"));
        setWidth("min(60em, 95vw)");
        profile = new ProfileForm(false, owners.isEmpty() ? null : owners, people, pickLists);
        profile.read(new CustomerForm());
        add(profile);

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("new-customer-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        CustomerForm form = profile.write();
        if (form == null) {
            return;
        }
        try {
            CustomerDetails created = customers.create(form);
            UiMessages.success(getTranslation("customers.created", created.name()));
            close();
            onCreated.accept(created);
        } catch (InvalidInputException e) {
            profile.showErrors(e);
        } catch (AccessDeniedException e) {
            UiMessages.error(e.getMessage());
        }
    }
}
