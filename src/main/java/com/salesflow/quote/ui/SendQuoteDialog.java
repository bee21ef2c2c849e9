package com.salesflow.quote.ui;

import com.salesflow.quote.QuoteDetails;
import com.salesflow.quote.SendForm;
import com.salesflow.quote.SendForm.SendMethod;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * How an approved quote goes to the customer: mailed by the server, or handed over otherwise (downloaded and given by
 * hand or chat). The dialog closes once the quote went; field errors stay on its fields.
 */
class SendQuoteDialog extends Dialog {

    /** Sends the quote; shows errors on the fields given, and answers whether it went. */
    interface Sender {
        boolean send(SendForm form, Map<String, HasValidation> fields);
    }

    SendQuoteDialog(QuoteDetails quote, Sender sender) {
        setId("send-dialog");
        setHeaderTitle(getTranslation("quote.sendDialog.title", quote.summary().label()));
        setCloseOnOutsideClick(false);
        RadioButtonGroup<SendMethod> method = new RadioButtonGroup<>(getTranslation("quote.sendMethod"));
        method.setId("send-method");
        method.setItems(SendMethod.values());
        method.setItemLabelGenerator(value -> getTranslation("quote.sendMethod." + value.name()));
        method.setValue(SendMethod.HANDED);
        EmailField email = new EmailField(getTranslation("quote.sendEmail"));
        email.setId("send-email");
        email.setWidthFull();
        email.setVisible(false);
        method.addValueChangeListener(change -> email.setVisible(change.getValue() == SendMethod.MAIL));
        TextArea note = new TextArea(getTranslation("quote.sendNote"));
        note.setId("send-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        add(new Paragraph(getTranslation("quote.sendDialog.text")), method, email, note);
        // The service may name the fields of its form or those of the process step.
        Map<String, HasValidation> fields = Map.of("method", method, "sendMethod", method, "email", email,
                "sendEmail", email, "note", note, "sendNote", note);

        Button confirm = new Button(getTranslation("quote.send"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            SendForm form = new SendForm(method.getValue(),
                    method.getValue() == SendMethod.MAIL ? email.getValue() : null, note.getValue());
            if (sender.send(form, fields)) {
                close();
            }
        });
        confirm.setId("send-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("send-cancel");
        getFooter().add(cancel, confirm);
        setWidth("32em");
    }
}
