package com.salesflow.quote.ui;

import com.salesflow.opportunity.LossReason;
import com.salesflow.quote.CustomerAnswer;
import com.salesflow.quote.QuoteDetails;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * Records that the customer rejected the quote: why (required; the opportunity is lost with this reason) and a note.
 * Closes once recorded; field errors stay on its fields.
 */
class CustomerRejectedDialog extends Dialog {

    /** Records the answer; shows errors on the fields given, and answers whether it was recorded. */
    interface Recorder {
        boolean reject(CustomerAnswer answer, Map<String, HasValidation> fields);
    }

    CustomerRejectedDialog(QuoteDetails quote, Recorder recorder) {
        setId("reject-dialog");
        setHeaderTitle(getTranslation("quote.rejectDialog.title", quote.summary().label()));
        setCloseOnOutsideClick(false);
        Select<LossReason> reason = new Select<>();
        reason.setId("reject-reason");
        reason.setLabel(getTranslation("quote.rejectReason"));
        reason.setItems(LossReason.values());
        reason.setItemLabelGenerator(value -> value == null ? "" : getTranslation("lossReason." + value.name()));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        TextArea note = new TextArea(getTranslation("quote.rejectNote"));
        note.setId("reject-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        add(new Paragraph(getTranslation("quote.rejectDialog.text", quote.summary().opportunityName())), reason,
                note);
        Map<String, HasValidation> fields = Map.of("reason", reason, "note", note);

        Button confirm = new Button(getTranslation("quote.rejectDialog.confirm"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            if (reason.getValue() == null) {
                reason.setErrorMessage(getTranslation("quote.rejectReason.required"));
                reason.setInvalid(true);
                return;
            }
            if (recorder.reject(new CustomerAnswer(reason.getValue(), note.getValue()), fields)) {
                close();
            }
        });
        confirm.setId("reject-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("reject-cancel");
        getFooter().add(cancel, confirm);
        setWidth("32em");
    }
}
