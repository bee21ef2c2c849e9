package com.salesflow.contract.ui;

import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.Contracts;
import com.salesflow.contract.Instalment;
import com.salesflow.contract.InstalmentStatus;
import com.salesflow.contract.PaymentForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment received (回款) against one open instalment: partial allowed, never more than is open. The reference (bank
 * transaction or receipt number) makes recording it twice harmless.
 */
class PaymentDialog extends ContractDialog {

    private final Contracts contracts;
    private final ContractDetails contract;
    private final Select<Instalment> instalment = new Select<>();
    private final BigDecimalField amount = new BigDecimalField();
    private final DatePicker receivedOn = new DatePicker();
    private final TextField reference = new TextField();
    private final TextArea note = new TextArea();

    PaymentDialog(Contracts contracts, ContractDetails contract, ContractLabels labels, LocalDate today,
            Runner runner) {
        super("payment-dialog", runner);
        this.contracts = contracts;
        this.contract = contract;
        texts(getTranslation("contract.paymentDialog.title", contract.summary().label()),
                getTranslation("contract.recordPayment"));
        String currency = contract.summary().currency();
        List<Instalment> open = contract.instalments().stream()
                .filter(item -> item.status() == InstalmentStatus.OPEN).toList();
        instalment.setId("payment-instalment");
        instalment.setLabel(getTranslation("contract.instalment"));
        instalment.setItems(open);
        instalment.setItemLabelGenerator(item -> item == null ? "" : getTranslation("contract.paymentDialog.item",
                item.seq(), labels.date(item.dueDate()), labels.money(item.open(), currency)));
        instalment.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                amount.setValue(change.getValue().open());
            }
        });
        amount.setId("payment-amount");
        amount.setLabel(getTranslation("contract.payment.amount"));
        amount.setPrefixComponent(new com.vaadin.flow.component.html.Span(currency == null ? "" : currency));
        receivedOn.setId("payment-received-on");
        receivedOn.setLabel(getTranslation("contract.payment.receivedOn"));
        receivedOn.setValue(today);
        receivedOn.setMax(today);
        reference.setId("payment-reference");
        reference.setLabel(getTranslation("contract.payment.reference"));
        reference.setHelperText(getTranslation("contract.payment.reference.help"));
        reference.setMaxLength(100);
        reference.setRequiredIndicatorVisible(true);
        note.setId("payment-note");
        note.setLabel(getTranslation("contract.note"));
        note.setMaxLength(1000);
        if (!open.isEmpty()) {
            instalment.setValue(open.get(0));
        }
        fields.put("instalmentId", instalment);
        fields.put("amount", amount);
        fields.put("receivedOn", receivedOn);
        fields.put("reference", reference);
        fields.put("note", note);
        FormLayout form = new FormLayout(instalment, amount, receivedOn, reference, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        form.setColspan(instalment, 2);
        form.setColspan(note, 2);
        add(form);
        setWidth("36em");
    }

    @Override
    protected boolean checkLocally() {
        if (instalment.getValue() == null) {
            invalid(instalment, getTranslation("contract.paymentDialog.instalmentRequired"));
            return false;
        }
        return true;
    }

    @Override
    protected ContractDetails call() {
        return contracts.recordPayment(contract.id(), new PaymentForm(instalment.getValue().id(), amount.getValue(),
                receivedOn.getValue(), reference.getValue().strip(), note.getValue().isBlank() ? null : note.getValue()));
    }
}
