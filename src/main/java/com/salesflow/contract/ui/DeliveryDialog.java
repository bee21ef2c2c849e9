package com.salesflow.contract.ui;

import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.ContractLine;
import com.salesflow.contract.Contracts;
import com.salesflow.contract.Delivery;
import com.salesflow.contract.DeliveryForm;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A shipment (交付) of the order: how much of each line that still has something to deliver, when, and a note. */
class DeliveryDialog extends ContractDialog {

    private final Contracts contracts;
    private final ContractDetails contract;
    private final DatePicker deliveredOn = new DatePicker();
    private final TextArea note = new TextArea();
    private final List<LineField> lines = new ArrayList<>();

    DeliveryDialog(Contracts contracts, ContractDetails contract, LocalDate today, Locale locale, Runner runner) {
        super("delivery-dialog", runner);
        this.contracts = contracts;
        this.contract = contract;
        texts(getTranslation("contract.deliveryDialog.title", contract.summary().label()),
                getTranslation("contract.recordDelivery"));
        deliveredOn.setId("delivery-date");
        deliveredOn.setLabel(getTranslation("contract.delivery.date"));
        deliveredOn.setValue(today);
        deliveredOn.setMax(today);
        note.setId("delivery-note");
        note.setLabel(getTranslation("contract.note"));
        note.setMaxLength(1000);
        note.setWidthFull();

        Grid<LineField> grid = new Grid<>();
        grid.setId("delivery-lines");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> line.line.position()).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(line -> line.line.productCode() + " · " + line.line.productName(locale))
                .setHeader(getTranslation("contract.product")).setFlexGrow(2);
        grid.addColumn(line -> ContractLabels.plain(line.line.remaining()) + " "
                + (line.line.unit() == null ? "" : line.line.unit())).setHeader(getTranslation("contract.remaining"))
                .setWidth("7rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(line -> line.quantity).setHeader(getTranslation("contract.delivery.quantity"))
                .setWidth("9rem").setFlexGrow(0);
        for (ContractLine line : contract.lines()) {
            if (line.remaining().signum() > 0) {
                lines.add(new LineField(line));
            }
        }
        grid.setItems(lines);
        fields.put("deliveredOn", deliveredOn);
        fields.put("note", note);
        add(deliveredOn, grid, note);
        setWidth("44em");
    }

    @Override
    protected boolean checkLocally() {
        lines.forEach(line -> line.quantity.setInvalid(false));
        boolean any = false;
        boolean ok = true;
        for (LineField line : lines) {
            if (line.quantity.getValue() == null || line.quantity.getValue().signum() == 0) {
                continue;
            }
            any = true;
            if (line.quantity.getValue().signum() < 0 || line.quantity.getValue().compareTo(line.line.remaining()) > 0) {
                invalid(line.quantity, getTranslation("contract.deliveryDialog.tooMuch",
                        ContractLabels.plain(line.line.remaining())));
                ok = false;
            }
        }
        if (!any && !lines.isEmpty()) {
            invalid(lines.get(0).quantity, getTranslation("contract.deliveryDialog.nothing"));
            ok = false;
        }
        return ok;
    }

    @Override
    protected ContractDetails call() {
        List<LineField> sent = lines.stream()
                .filter(line -> line.quantity.getValue() != null && line.quantity.getValue().signum() != 0).toList();
        // The server names a line by its index in the form's lines: only those sent.
        fields.keySet().removeIf(key -> key.startsWith("lines["));
        for (int i = 0; i < sent.size(); i++) {
            fields.put("lines[" + i + "].quantity", sent.get(i).quantity);
        }
        List<Delivery.Line> delivered = sent.stream()
                .map(line -> new Delivery.Line(line.line.position(), line.quantity.getValue())).toList();
        return contracts.recordDelivery(contract.id(), new DeliveryForm(deliveredOn.getValue(), delivered,
                note.getValue().isBlank() ? null : note.getValue()));
    }

    private static final class LineField {

        final ContractLine line;
        final BigDecimalField quantity = new BigDecimalField();

        LineField(ContractLine line) {
            this.line = line;
            quantity.addClassName("delivery-quantity");
            quantity.setWidthFull();
        }
    }
}
