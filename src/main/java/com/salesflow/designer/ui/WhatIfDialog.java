package com.salesflow.designer.ui;

import com.salesflow.designer.Designer;
import com.salesflow.designer.WhatIf;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.stream.Collectors;

/**
 * The changed table replayed on past decisions: how many would change, a bar per shift from one outcome to another
 * (so the size of each shift is seen at a glance), and examples with their inputs.
 */
class WhatIfDialog extends Dialog {

    private final Designer designer;
    private final String decisionKey;
    private final String content;
    private final DesignerLabels labels;
    private final IntegerField days = new IntegerField();
    private final ComboBox<String> output = new ComboBox<>();
    private final VerticalLayout result = new VerticalLayout();

    WhatIfDialog(Designer designer, String decisionKey, String content) {
        this.designer = designer;
        this.decisionKey = decisionKey;
        this.content = content;
        this.labels = new DesignerLabels(this);
        setId("what-if-dialog");
        setHeaderTitle(getTranslation("designer.whatIfTitle", decisionKey));
        setWidth("min(64rem, 95vw)");
        days.setId("what-if-days");
        days.setLabel(getTranslation("designer.whatIfDays"));
        days.setMin(1);
        days.setMax(366);
        days.setValue(30);
        days.setStepButtonsVisible(true);
        output.setId("what-if-output");
        output.setLabel(getTranslation("designer.whatIfOutput"));
        Button run = new Button(getTranslation("designer.whatIfRun"), click -> run());
        run.setId("what-if-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout controls = new HorizontalLayout(days, output, run);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        result.setPadding(false);
        result.setId("what-if-result");
        add(new VerticalLayout(controls, result));
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        run();
    }

    private void run() {
        WhatIf whatIf;
        try {
            whatIf = designer.whatIf(decisionKey, content, days.getValue() == null ? 30 : days.getValue(),
                    output.getValue());
        } catch (InvalidInputException e) {
            UiMessages.error(labels.firstError(e));
            return;
        }
        if (output.getValue() == null) {
            output.setItems(whatIf.outputs());
            output.setValue(whatIf.output());
        }
        result.removeAll();
        H3 headline = new H3(getTranslation("designer.whatIfHeadline", whatIf.changed(), whatIf.replayed(),
                whatIf.days(), whatIf.output()));
        headline.setId("what-if-headline");
        headline.getElement().setAttribute("data-changed", String.valueOf(whatIf.changed()));
        headline.getElement().setAttribute("data-replayed", String.valueOf(whatIf.replayed()));
        result.add(headline);
        if (whatIf.skipped() > 0 || whatIf.truncated()) {
            result.add(new Span(getTranslation("designer.whatIfSkipped", whatIf.skipped())
                    + (whatIf.truncated() ? " " + getTranslation("designer.whatIfTruncated") : "")));
        }
        int largest = whatIf.shifts().stream().mapToInt(WhatIf.Shift::count).max().orElse(1);
        for (WhatIf.Shift shift : whatIf.shifts()) {
            Div bar = new Div();
            bar.getStyle().set("background", "var(--lumo-primary-color)").set("height", "1.1em")
                    .set("border-radius", "3px").set("width", Math.max(2, 100.0 * shift.count() / largest) + "%");
            Div track = new Div(bar);
            track.getStyle().set("flex", "1").set("min-width", "10rem");
            Span label = new Span(shift.before() + " → " + shift.after());
            label.getStyle().set("width", "22rem").set("flex-shrink", "0");
            HorizontalLayout row = new HorizontalLayout(label, track, new Span(String.valueOf(shift.count())));
            row.setWidthFull();
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("what-if-shift");
            result.add(row);
        }
        if (!whatIf.examples().isEmpty()) {
            Grid<WhatIf.Example> examples = new Grid<>();
            examples.setId("what-if-examples");
            examples.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            examples.setAllRowsVisible(true);
            examples.addColumn(example -> labels.dateTime(example.evaluatedAt()))
                    .setHeader(getTranslation("designer.whatIfWhen")).setWidth("10rem").setFlexGrow(0);
            examples.addColumn(example -> example.processBusinessKey() == null ? "" : example.processBusinessKey())
                    .setHeader(getTranslation("designer.whatIfCase")).setWidth("9rem").setFlexGrow(0);
            examples.addColumn(example -> example.inputs().entrySet().stream()
                    .map(entry -> entry.getKey() + " = " + entry.getValue()).collect(Collectors.joining(", ")))
                    .setHeader(getTranslation("designer.whatIfInputs")).setFlexGrow(2);
            examples.addColumn(example -> example.before() + " → " + example.after())
                    .setHeader(getTranslation("designer.whatIfOutcome")).setFlexGrow(1);
            examples.setItems(whatIf.examples());
            result.add(examples);
        }
    }
}
