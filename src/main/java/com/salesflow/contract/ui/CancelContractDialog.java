package com.salesflow.contract.ui;

import com.salesflow.contract.CancelForm;
import com.salesflow.contract.CancelReason;
import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.Contracts;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

/** Cancels the contract with a reason (取消原因) and a note; open instalments are cancelled, recorded facts stay. */
class CancelContractDialog extends ContractDialog {

    private final Contracts contracts;
    private final ContractDetails contract;
    private final Select<CancelReason> reason = new Select<>();
    private final TextArea note = new TextArea();

    CancelContractDialog(Contracts contracts, ContractDetails contract, ContractLabels labels, Runner runner) {
        super("cancel-dialog", runner);
        this.contracts = contracts;
        this.contract = contract;
        texts(getTranslation("contract.cancelDialog.title", contract.summary().label()),
                getTranslation("contract.cancel"));
        reason.setId("cancel-reason");
        reason.setLabel(getTranslation("contract.cancelReason"));
        reason.setItems(CancelReason.values());
        reason.setItemLabelGenerator(value -> labels.of("cancelReason", value));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        note.setId("cancel-note");
        note.setLabel(getTranslation("contract.cancelNote"));
        note.setHelperText(getTranslation("contract.cancelNote.help"));
        note.setMaxLength(1000);
        note.setWidthFull();
        fields.put("reason", reason);
        fields.put("note", note);
        add(new Paragraph(getTranslation("contract.cancelDialog.text")), reason, note);
        setWidth("32em");
    }

    @Override
    protected boolean checkLocally() {
        if (reason.getValue() == null) {
            invalid(reason, getTranslation("contract.cancelReason.required"));
            return false;
        }
        if (reason.getValue() == CancelReason.OTHER && note.getValue().isBlank()) {
            invalid(note, getTranslation("contract.cancelNote.required"));
            return false;
        }
        return true;
    }

    @Override
    protected ContractDetails call() {
        return contracts.cancel(contract.id(), new CancelForm(reason.getValue(),
                note.getValue().isBlank() ? null : note.getValue(), contract.version()));
    }
}
