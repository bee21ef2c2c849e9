package com.salesflow.insight.ui;

import com.salesflow.identity.Roles;
import com.salesflow.insight.ClassChange;
import com.salesflow.insight.ClassCount;
import com.salesflow.insight.ClassKind;
import com.salesflow.insight.GradeSuggestionView;
import com.salesflow.insight.Insight;
import com.salesflow.insight.InsightRun;
import com.salesflow.insight.ReplenishmentView;
import com.salesflow.insight.RunStatus;
import com.salesflow.shared.ConflictException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * Insight (客户分类): the last classification run with its progress (the page polls while it runs) and a button to
 * start one; customers per RFM tier or lifecycle over the last runs as stacked bars; pending grade suggestions;
 * upcoming replenishments. With {@code ?customer=ID}, that customer's class history on top.
 */
@Route("insight")
@RolesAllowed({Roles.ADMINS, Roles.DIRECTORS, Roles.SUPERVISORS, Roles.SALES})
@Menu(order = 9.5, icon = "vaadin:chart", title = "insight.title")
public class InsightView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int POLL_MILLIS = 1_000;
    private static final String[] COLOURS = {"var(--lumo-success-color)", "var(--lumo-primary-color)",
        "var(--lumo-warning-color, #d9a300)", "var(--lumo-error-color)", "var(--lumo-contrast-50pct)",
        "var(--lumo-contrast-30pct)"};

    private final Insight insight;
    private final VerticalLayout history = new VerticalLayout();
    private final Span runState = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Button start = new Button();
    private final Span message = new Span();
    private final RadioButtonGroup<ClassKind> kind = new RadioButtonGroup<>();
    private final VerticalLayout trend = new VerticalLayout();
    private Registration polling;
    private int previousPollInterval = -1;
    private Long watchedRun;

    InsightView(Insight insight) {
        this.insight = insight;
        setId("insight-view");
        setWidthFull();
        history.setPadding(false);
        history.setVisible(false);
        H2 heading = new H2(getTranslation("insight.title"));
        heading.setId("insight-heading");
        add(heading, history, runPanel(), trendPanel(), suggestions(),
                replenishments());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("insight.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> customer = event.getLocation().getQueryParameters().getParameters().getOrDefault("customer",
                List.of());
        history.removeAll();
        history.setVisible(false);
        if (!customer.isEmpty() && customer.get(0).matches("[0-9]{1,18}")) {
            showHistory(Long.parseLong(customer.get(0)));
        }
    }

    private void showHistory(long customerId) {
        List<ClassChange> changes = insight.history(customerId);
        Grid<ClassChange> grid = new Grid<>();
        grid.setId("insight-history");
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> when(c.changedAt())).setHeader(getTranslation("insight.changedAt"));
        grid.addColumn(c -> getTranslation("insight.kind." + c.kind().name())).setHeader(getTranslation("insight.kind"));
        grid.addColumn(c -> value(c.kind(), c.oldValue())).setHeader(getTranslation("insight.from"));
        grid.addColumn(c -> value(c.kind(), c.newValue())).setHeader(getTranslation("insight.to"));
        grid.setItems(changes);
        history.add(new H3(getTranslation("insight.historyOf", customerId)), changes.isEmpty()
                ? new Span(getTranslation("insight.noHistory")) : grid);
        history.setVisible(true);
    }

    private Component runPanel() {
        start.setText(getTranslation("insight.start"));
        start.setId("insight-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setVisible(insight.mayStart());
        start.addClickListener(click -> {
            try {
                watch(insight.start());
            } catch (ConflictException e) {
                message.setText(getTranslation("error." + e.code()));
            }
        });
        runState.setId("insight-run-state");
        progress.setWidth("20rem");
        HorizontalLayout line = new HorizontalLayout(start, runState, progress, message);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        List<InsightRun> last = insight.runs(1);
        if (last.isEmpty()) {
            runState.setText(getTranslation("insight.noRun"));
            progress.setVisible(false);
        } else {
            show(last.get(0));
        }
        return line;
    }

    private void watch(InsightRun run) {
        watchedRun = run.id();
        show(run);
    }

    private void show(InsightRun run) {
        watchedRun = run.id();
        String state = getTranslation("insight.status." + run.status().name());
        runState.setText(getTranslation("insight.runLine", run.id(), when(run.startedAt()), state, run.processed(),
                run.total(), run.changed(), run.tasksStarted()));
        progress.setVisible(run.status() == RunStatus.RUNNING);
        progress.setValue(run.total() == 0 ? 0 : Math.min(1.0, (double) run.processed() / run.total()));
        start.setEnabled(run.status() != RunStatus.RUNNING);
        getUI().ifPresent(ui -> {
            if (run.status() == RunStatus.RUNNING) {
                startPolling(ui);
            } else {
                stopPolling(ui);
                showTrend();
            }
        });
    }

    private void startPolling(UI ui) {
        if (polling != null) {
            return;
        }
        previousPollInterval = ui.getPollInterval();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> {
            if (watchedRun != null) {
                show(insight.run(watchedRun));
            }
        });
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(previousPollInterval);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (watchedRun != null) {
            show(insight.run(watchedRun));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling(event.getUI());
    }

    private Component trendPanel() {
        kind.setItems(ClassKind.RFM_TIER, ClassKind.LIFECYCLE, ClassKind.GRADE);
        kind.setItemLabelGenerator(k -> getTranslation("insight.kind." + k.name()));
        kind.setValue(ClassKind.RFM_TIER);
        kind.addValueChangeListener(change -> showTrend());
        trend.setId("insight-trend");
        trend.setPadding(false);
        trend.setSpacing(false);
        trend.getStyle().set("max-width", "52rem").set("gap", "2px");
        showTrend();
        return new VerticalLayout(new H3(getTranslation("insight.trend")), kind, trend);
    }

    /** One stacked bar per run: the share of customers in each class, with the counts written beside it. */
    private void showTrend() {
        trend.removeAll();
        List<ClassCount> counts = insight.trend(kind.getValue(), 12);
        if (counts.isEmpty()) {
            trend.add(new Span(getTranslation("insight.noRun")));
            return;
        }
        Map<Long, List<ClassCount>> byRun = new LinkedHashMap<>();
        counts.forEach(c -> byRun.computeIfAbsent(c.runId(), id -> new java.util.ArrayList<>()).add(c));
        List<String> values = counts.stream().map(ClassCount::value).distinct().sorted().toList();
        byRun.forEach((runId, rows) -> {
            int total = rows.stream().mapToInt(ClassCount::customers).sum();
            Span label = new Span(when(rows.get(0).at()));
            label.setWidth("10rem");
            label.getStyle().set("flex-shrink", "0").set("font-size", "var(--lumo-font-size-s)");
            Div bar = new Div();
            bar.getStyle().set("display", "flex").set("flex", "1 1 auto").set("height", "1rem")
                    .set("border-radius", "var(--lumo-border-radius-s)").set("overflow", "hidden");
            StringBuilder legend = new StringBuilder();
            for (ClassCount row : rows) {
                Div part = new Div();
                part.getStyle().set("width", (total == 0 ? 0 : 100.0 * row.customers() / total) + "%")
                        .set("background", COLOURS[values.indexOf(row.value()) % COLOURS.length]);
                part.getElement().setAttribute("title", value(row.kind(), row.value()) + ": " + row.customers());
                bar.add(part);
                legend.append(legend.isEmpty() ? "" : " · ").append(value(row.kind(), row.value())).append(' ')
                        .append(row.customers());
            }
            Span text = new Span(legend.toString());
            text.getStyle().set("font-size", "var(--lumo-font-size-s)").set("flex-shrink", "0");
            HorizontalLayout line = new HorizontalLayout(label, bar, text);
            line.setWidthFull();
            line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            trend.add(line);
        });
    }

    private Component suggestions() {
        Grid<GradeSuggestionView> grid = new Grid<>();
        grid.setId("insight-suggestions");
        grid.setAllRowsVisible(true);
        grid.addColumn(GradeSuggestionView::customerName).setHeader(getTranslation("insight.customer"));
        grid.addColumn(s -> getTranslation("grade." + s.currentGrade().name()))
                .setHeader(getTranslation("insight.currentGrade"));
        grid.addColumn(s -> getTranslation("grade." + s.suggestedGrade().name()))
                .setHeader(getTranslation("insight.suggestedGrade"));
        grid.addColumn(s -> when(s.createdAt())).setHeader(getTranslation("insight.suggestedAt"));
        grid.setItems(insight.pendingSuggestions());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("customers/"
                + click.getItem().customerId())));
        return new VerticalLayout(new H3(getTranslation("insight.suggestions")), grid);
    }

    private Component replenishments() {
        Grid<ReplenishmentView> grid = new Grid<>();
        grid.setId("insight-replenishments");
        grid.setHeight("24rem");
        grid.addColumn(ReplenishmentView::nextDate).setHeader(getTranslation("insight.nextDate"));
        grid.addColumn(ReplenishmentView::customerName).setHeader(getTranslation("insight.customer")).setFlexGrow(2);
        grid.addColumn(ReplenishmentView::productName).setHeader(getTranslation("insight.product")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("insight.every", r.meanIntervalDays().toPlainString(), r.purchaseDays()))
                .setHeader(getTranslation("insight.interval"));
        grid.addColumn(ReplenishmentView::lastPurchase).setHeader(getTranslation("insight.lastPurchase"));
        grid.addColumn(ReplenishmentView::owner).setHeader(getTranslation("insight.owner"));
        grid.setItems(query -> insight.replenishments(PageRequest.of(query.getPage(), query.getPageSize()))
                .stream());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("customers/"
                + click.getItem().customerId())));
        return new VerticalLayout(new H3(getTranslation("insight.replenishments")), grid);
    }

    private String value(ClassKind kind, String value) {
        if (value == null || "-".equals(value)) {
            return "–";
        }
        return switch (kind) {
            case LIFECYCLE -> getTranslation("lifecycle." + value);
            case GRADE -> getTranslation("grade." + value);
            case DROPPED -> getTranslation("insight.dropped." + value);
            default -> value;
        };
    }

    private String when(java.time.Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(instant);
    }
}
