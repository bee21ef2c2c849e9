package com.salesflow.opportunity.ui;

import com.salesflow.opportunity.LossReason;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.BiConsumer;

/** Asks why an opportunity was lost before it moves to LOST; cancelling leaves it where it was. */
class LossReasonDialog extends Dialog {

    LossReasonDialog(String opportunityName, BiConsumer<LossReason, String> lost, Runnable cancelled) {
        setId("loss-dialog");
        setHeaderTitle(getTranslation("opportunity.lossDialog.title"));
        setCloseOnOutsideClick(false);
        Select<LossReason> reason = new Select<>();
        reason.setId("loss-reason");
        reason.setLabel(getTranslation("opportunity.lossReason"));
        reason.setItems(LossReason.values());
        reason.setItemLabelGenerator(value -> value == null ? "" : getTranslation("lossReason." + value.name()));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        TextArea note = new TextArea(getTranslation("opportunity.lossNote"));
        note.setId("loss-note");
        note.setMaxLength(1000);
        note.setWidthFull();
        add(new Paragraph(getTranslation("opportunity.lossDialog.text", opportunityName)), reason, note);

        Button confirm = new Button(getTranslation("opportunity.lossDialog.confirm"), click -> {
            if (reason.getValue() == null) {
                reason.setErrorMessage(getTranslation("error.opportunity.lossReason.required"));
                reason.setInvalid(true);
                return;
            }
            close();
            lost.accept(reason.getValue(), note.getValue());
        });
        confirm.setId("loss-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> {
            close();
            cancelled.run();
        });
        cancel.setId("loss-cancel");
        getFooter().add(cancel, confirm);
        addDialogCloseActionListener(escape -> {
            close();
            cancelled.run();
        });
        setWidth("30em");
    }
}
