package com.salesflow.contract.ui;

import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.ContractForm;
import com.salesflow.contract.ContractLine;
import com.salesflow.contract.ContractStatus;
import com.salesflow.contract.Contracts;
import com.salesflow.contract.DeviationType;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Edit (draft) or amend (once submitted) a contract: payment terms, terms text, departures from the standard terms,
 * quantities and unit prices of the lines, and for an amendment why. An amendment makes the next version, which is
 * approved again.
 */
class EditContractDialog extends ContractDialog {

    private final Contracts contracts;
    private final ContractDetails contract;
    private final IntegerField paymentTerms = new IntegerField();
    private final TextArea terms = new TextArea();
    private final CheckboxGroup<DeviationType> deviations = new CheckboxGroup<>();
    private final TextArea deviationNote = new TextArea();
    private final TextArea amendmentReason = new TextArea();
    private final List<LineFields> lines = new ArrayList<>();
    private final boolean amendment;

    EditContractDialog(Contracts contracts, ContractDetails contract, ContractLabels labels, Locale locale,
            Runner runner) {
        super("contract-edit-dialog", runner);
        this.contracts = contracts;
        this.contract = contract;
        this.amendment = contract.status() != ContractStatus.DRAFT;
        texts(getTranslation(amendment ? "contract.amendDialog.title" : "contract.editDialog.title",
                contract.summary().label()), getTranslation(amendment ? "contract.amend" : "action.save"));

        paymentTerms.setId("contract-edit-payment-terms");
        paymentTerms.setLabel(getTranslation("contract.paymentTermsDays"));
        paymentTerms.setMin(0);
        paymentTerms.setMax(365);
        paymentTerms.setSuffixComponent(new Span(getTranslation("contract.days")));
        paymentTerms.setValue(contract.paymentTermsDays());
        terms.setId("contract-edit-terms");
        terms.setLabel(getTranslation("contract.terms"));
        terms.setMaxLength(4000);
        terms.setValue(contract.terms() == null ? "" : contract.terms());
        deviations.setId("contract-edit-deviations");
        deviations.setLabel(getTranslation("contract.deviations"));
        deviations.setHelperText(getTranslation("contract.deviations.help"));
        deviations.setItems(DeviationType.values());
        deviations.setItemLabelGenerator(type -> labels.of("deviationType", type));
        deviations.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        deviations.setValue(contract.deviations() == null ? java.util.Set.of() : contract.deviations());
        deviationNote.setId("contract-edit-deviation-note");
        deviationNote.setLabel(getTranslation("contract.deviationNote"));
        deviationNote.setMaxLength(2000);
        deviationNote.setValue(contract.deviationNote() == null ? "" : contract.deviationNote());
        amendmentReason.setId("contract-edit-amendment-reason");
        amendmentReason.setLabel(getTranslation("contract.amendmentReason"));
        amendmentReason.setHelperText(getTranslation("contract.amendmentReason.help"));
        amendmentReason.setMaxLength(1000);
        amendmentReason.setRequiredIndicatorVisible(true);
        amendmentReason.setVisible(amendment);

        FormLayout form = new FormLayout(paymentTerms, terms, deviations, deviationNote, amendmentReason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(terms, 2);
        form.setColspan(amendmentReason, 2);

        Grid<LineFields> grid = new Grid<>();
        grid.setId("contract-edit-lines");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(line -> line.line.position()).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addColumn(line -> line.line.productCode() + " · " + line.line.productName(locale))
                .setHeader(getTranslation("contract.product")).setFlexGrow(2);
        grid.addComponentColumn(line -> line.quantity).setHeader(getTranslation("contract.quantity"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(line -> line.unitPrice).setHeader(getTranslation("contract.unitPrice"))
                .setWidth("10rem").setFlexGrow(0);
        for (int i = 0; i < contract.lines().size(); i++) {
            LineFields line = new LineFields(contract.lines().get(i));
            lines.add(line);
            fields.put("lines[" + i + "].quantity", line.quantity);
            fields.put("lines[" + i + "].unitPrice", line.unitPrice);
        }
        grid.setItems(lines);

        fields.put("paymentTermsDays", paymentTerms);
        fields.put("terms", terms);
        fields.put("deviations", deviations);
        fields.put("deviationNote", deviationNote);
        fields.put("amendmentReason", amendmentReason);
        add(form, new H4(getTranslation("contract.lines")), new Span(getTranslation("contract.editDialog.linesHelp")),
                grid);
        setWidth("56em");
    }

    @Override
    protected boolean checkLocally() {
        if (amendment && amendmentReason.getValue().isBlank()) {
            invalid(amendmentReason, getTranslation("contract.amendmentReason.required"));
            return false;
        }
        return true;
    }

    @Override
    protected ContractDetails call() {
        List<ContractForm.LineChange> changes = lines.stream().map(line -> new ContractForm.LineChange(
                line.line.position(), line.quantity.getValue(), line.unitPrice.getValue())).toList();
        ContractForm form = new ContractForm(paymentTerms.getValue(), terms.getValue(), deviations.getValue(),
                deviationNote.getValue().isBlank() ? null : deviationNote.getValue(), changes,
                amendment ? amendmentReason.getValue() : null, contract.version());
        return contracts.update(contract.id(), form);
    }

    private static final class LineFields {

        final ContractLine line;
        final BigDecimalField quantity = new BigDecimalField();
        final BigDecimalField unitPrice = new BigDecimalField();

        LineFields(ContractLine line) {
            this.line = line;
            quantity.addClassName("contract-edit-quantity");
            quantity.setValue(plain(line.quantity()));
            quantity.setWidthFull();
            unitPrice.addClassName("contract-edit-unit-price");
            unitPrice.setValue(plain(line.unitPrice()));
            unitPrice.setWidthFull();
        }

        private static BigDecimal plain(BigDecimal value) {
            return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
        }
    }
}
