package com.salesflow.complaint.ui;

import com.salesflow.complaint.RepurchaseReport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * Repurchase by complaint outcome: for each outcome a bar for ours and one for the source material's figure, on one
 * 0–100 % scale, the percentage and the count written next to each bar so that the chart does not rest on length.
 */
class RepurchaseChart extends VerticalLayout {

    RepurchaseChart() {
        setId("complaint-repurchase-chart");
        setPadding(false);
        setSpacing(false);
        setWidthFull();
        getStyle().set("max-width", "52rem").set("gap", "2px");
    }

    void show(RepurchaseReport report) {
        removeAll();
        H3 title = new H3(getTranslation("complaint.report.title"));
        title.getStyle().set("margin", "var(--lumo-space-s) 0 0 0").set("font-size", "var(--lumo-font-size-m)");
        add(title);
        for (RepurchaseReport.Row row : report.rows()) {
            Span outcome = new Span(getTranslation("complaintOutcome." + row.outcome().name()));
            outcome.getStyle().set("font-size", "var(--lumo-font-size-s)").set("font-weight", "600")
                    .set("margin-top", "var(--lumo-space-xs)");
            add(outcome);
            add(bar("ours-" + row.outcome().name(), getTranslation("complaint.report.ours"), row.percent(),
                    row.percent() == null ? getTranslation("complaint.report.none")
                            : getTranslation("complaint.report.value", row.percent(), row.repurchased(), row.cases()),
                    "var(--lumo-primary-color)"));
            add(bar("seed-" + row.outcome().name(), getTranslation("complaint.report.seed"),
                    (double) row.seedPercent(), row.seedPercent() + " %", "var(--lumo-contrast-40pct)"));
        }
        Span summary = new Span(getTranslation("complaint.report.summary", report.complaints(),
                report.resolvedWithinSla(), report.averageResolveHours() == null ? "–"
                        : report.averageResolveHours()));
        summary.setId("complaint-report-summary");
        summary.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)")
                .set("margin-top", "var(--lumo-space-s)");
        add(summary);
    }

    private Component bar(String id, String who, Double percent, String value, String color) {
        Span label = new Span(who);
        label.setWidth("8rem");
        label.getStyle().set("flex-shrink", "0").set("font-size", "var(--lumo-font-size-s)");
        Div track = new Div();
        track.getElement().setAttribute("aria-hidden", "true");
        track.getStyle().set("flex", "1 1 auto").set("height", "0.9rem").set("position", "relative")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-s)");
        Div fill = new Div();
        fill.getStyle().set("position", "absolute").set("inset", "0 auto 0 0")
                .set("width", (percent == null ? 0 : Math.min(100, percent)) + "%").set("background", color)
                .set("border-radius", "var(--lumo-border-radius-s)");
        track.add(fill);
        Span text = new Span(value);
        text.setWidth("12rem");
        text.getStyle().set("flex-shrink", "0").set("font-size", "var(--lumo-font-size-s)").set("text-align", "end");
        HorizontalLayout line = new HorizontalLayout(label, track, text);
        line.setId("complaint-bar-" + id);
        line.setWidthFull();
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return line;
    }
}
