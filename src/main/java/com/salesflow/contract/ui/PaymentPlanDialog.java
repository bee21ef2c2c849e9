package com.salesflow.contract.ui;

import com.salesflow.contract.ContractDetails;
import com.salesflow.contract.Contracts;
import com.salesflow.contract.Instalment;
import com.salesflow.contract.InstalmentStatus;
import com.salesflow.contract.PaymentPlanForm;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The payment plan (付款计划) as rows of due date, amount and prepayment flag, with the running sum against the
 * contract total: saving is refused here while they differ (and again by the server).
 */
class PaymentPlanDialog extends ContractDialog {

    private final Contracts contracts;
    private final ContractDetails contract;
    private final ContractLabels labels;
    private final List<Row> rows = new ArrayList<>();
    private final Grid<Row> grid = new Grid<>();
    private final Span sum = new Span();
    private final Span planError = new Span();

    PaymentPlanDialog(Contracts contracts, ContractDetails contract, ContractLabels labels, LocalDate today,
            Runner runner) {
        super("plan-dialog", runner);
        this.contracts = contracts;
        this.contract = contract;
        this.labels = labels;
        texts(getTranslation("contract.planDialog.title", contract.summary().label()), getTranslation("action.save"));

        grid.setId("plan-rows");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> rows.indexOf(row) + 1).setHeader("#").setWidth("3.5rem").setFlexGrow(0);
        grid.addComponentColumn(row -> row.due).setHeader(getTranslation("contract.instalment.due")).setFlexGrow(1);
        grid.addComponentColumn(row -> row.amount).setHeader(getTranslation("contract.instalment.amount"))
                .setFlexGrow(1);
        grid.addComponentColumn(row -> row.prepayment).setHeader(getTranslation("contract.instalment.prepayment"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(row -> row.remove).setWidth("4rem").setFlexGrow(0);

        List<Instalment> current = contract.instalments() == null ? List.of() : contract.instalments().stream()
                .filter(instalment -> instalment.status() != InstalmentStatus.CANCELLED).toList();
        if (current.isEmpty()) {
            rows.add(new Row(today.plusDays(contract.paymentTermsDays()), contract.summary().total(), false));
        } else {
            current.forEach(instalment -> rows.add(new Row(instalment.dueDate(), instalment.amount(),
                    instalment.prepayment())));
        }
        Button add = new Button(getTranslation("contract.planDialog.add"), VaadinIcon.PLUS.create(), click -> {
            rows.add(new Row(null, remaining(), false));
            refresh();
        });
        add.setId("plan-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        sum.setId("plan-sum");
        planError.setId("plan-error");
        planError.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(grid, add, sum, planError);
        refresh();
        setWidth("44em");
    }

    private BigDecimal total() {
        return contract.summary().total();
    }

    private BigDecimal entered() {
        return rows.stream().map(row -> row.amount.getValue()).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal remaining() {
        BigDecimal left = total().subtract(entered());
        return left.signum() > 0 ? left : null;
    }

    private void refresh() {
        grid.setItems(rows);
        fields.clear();
        fields.put("instalments", new MessageLine(planError));
        for (int i = 0; i < rows.size(); i++) {
            fields.put("instalments[" + i + "].dueDate", rows.get(i).due);
            fields.put("instalments[" + i + "].amount", rows.get(i).amount);
        }
        updateSum();
    }

    private void updateSum() {
        String currency = contract.summary().currency();
        BigDecimal difference = total().subtract(entered());
        sum.setText(getTranslation("contract.planDialog.sum", labels.money(entered(), currency),
                labels.money(total(), currency)) + (difference.signum() == 0 ? ""
                        : " · " + getTranslation("contract.planDialog.difference", labels.money(difference, currency))));
        sum.getElement().setAttribute("data-balanced", String.valueOf(difference.signum() == 0));
        sum.getStyle().set("color", difference.signum() == 0 ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
    }

    @Override
    protected boolean checkLocally() {
        planError.setText("");
        boolean ok = true;
        for (Row row : rows) {
            if (row.due.getValue() == null) {
                invalid(row.due, getTranslation("contract.planDialog.dueRequired"));
                ok = false;
            }
            if (row.amount.getValue() == null || row.amount.getValue().signum() <= 0) {
                invalid(row.amount, getTranslation("contract.planDialog.amountPositive"));
                ok = false;
            }
        }
        if (rows.isEmpty() || entered().compareTo(total()) != 0) {
            planError.setText(getTranslation("contract.planDialog.mustAddUp",
                    labels.money(total(), contract.summary().currency())));
            ok = false;
        }
        return ok;
    }

    @Override
    protected ContractDetails call() {
        List<PaymentPlanForm.Item> items = rows.stream().map(row -> new PaymentPlanForm.Item(row.due.getValue(),
                row.amount.getValue(), row.prepayment.getValue())).toList();
        return contracts.savePlan(contract.id(), new PaymentPlanForm(items, contract.version()));
    }

    private final class Row {

        final DatePicker due = new DatePicker();
        final BigDecimalField amount = new BigDecimalField();
        final Checkbox prepayment = new Checkbox();
        final Button remove = new Button(VaadinIcon.TRASH.create());

        Row(LocalDate dueDate, BigDecimal value, boolean prepaid) {
            due.addClassName("plan-due");
            due.setValue(dueDate);
            due.setWidthFull();
            amount.addClassName("plan-amount");
            amount.setValue(value);
            amount.setWidthFull();
            amount.setValueChangeMode(ValueChangeMode.EAGER);
            amount.addValueChangeListener(change -> updateSum());
            prepayment.addClassName("plan-prepayment");
            prepayment.setValue(prepaid);
            remove.addClassName("plan-remove");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.delete"));
            remove.addClickListener(click -> {
                rows.remove(this);
                refresh();
            });
        }
    }
}
