package com.salesflow.customer.ui;

import com.salesflow.shared.ui.UiMessages;
import com.salesflow.customer.ContactForm;
import com.salesflow.customer.ContactView;
import com.salesflow.customer.Customers;
import com.salesflow.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/** Adds a contact (联系人) to a customer. */
class ContactDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final TextField phone = new TextField();
    private final TextField email = new TextField();
    private final DatePicker birthday = new DatePicker();
    private final TextField decisionRole = new TextField();

    ContactDialog(Customers customers, long customerId, Consumer<ContactView> onSaved) {
        setId("contact-dialog");
        setHeaderTitle(getTranslation("contacts.new"));
        setWidth("min(36em, 95vw)");
        name.setLabel(getTranslation("contact.name"));
        name.setId("contact-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        title.setLabel(getTranslation("contact.title"));
        title.setId("contact-title");
        phone.setLabel(getTranslation("contact.phone"));
        phone.setId("contact-phone");
        email.setLabel(getTranslation("contact.email"));
        email.setId("contact-email");
        birthday.setLabel(getTranslation("contact.birthday"));
        decisionRole.setLabel(getTranslation("contact.decisionRole"));
        decisionRole.setHelperText(getTranslation("contact.decisionRole.help"));
        add(new FormLayout(name, title, phone, email, birthday, decisionRole));

        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                ContactView saved = customers.addContact(customerId, new ContactForm(name.getValue(), title.getValue(),
                        phone.getValue(), email.getValue(), birthday.getValue(), decisionRole.getValue(), null));
                UiMessages.success(getTranslation("contacts.saved", saved.name()));
                close();
                onSaved.accept(saved);
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("name", name, "title", title, "phone", phone, "email", email,
                        "birthday", birthday, "decisionRole", decisionRole), this);
            } catch (AccessDeniedException e) {
                UiMessages.error(e.getMessage());
            }
        });
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
