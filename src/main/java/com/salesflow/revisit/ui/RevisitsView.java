package com.salesflow.revisit.ui;

import com.salesflow.customer.Grade;
import com.salesflow.identity.Roles;
import com.salesflow.revisit.RevisitFilter;
import com.salesflow.revisit.RevisitStatus;
import com.salesflow.revisit.RevisitView;
import com.salesflow.revisit.Revisits;
import com.salesflow.revisit.SatisfactionMonth;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Post-sale revisits (售后回访) in the user's scope, soonest due first, with the satisfaction of the recorded ones as
 * bars per score and averages per month. {@code ?customer=<id>} narrows everything to one customer, so the customer
 * page can link to its revisit history by address.
 */
@Route("revisits")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.SERVICE, Roles.FINANCE, Roles.LEGAL,
        Roles.ADMINS})
@Menu(order = 93, icon = "vaadin:phone", title = "revisit.nav")
public class RevisitsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CUSTOMER_PARAMETER = "customer";
    private static final int MONTHS = 6;

    private final Revisits revisits;
    private final Grid<RevisitView> grid = new Grid<>();
    private final TextField text = new TextField();
    private final MultiSelectComboBox<RevisitStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<Grade> grade = new ComboBox<>();
    private final ComboBox<Integer> satisfaction = new ComboBox<>();
    private final TextField owner = new TextField();
    private final DatePicker dueFrom = new DatePicker();
    private final DatePicker dueTo = new DatePicker();
    private final VerticalLayout chart = new VerticalLayout();
    private final Span customerNote = new Span();
    private Long customerId;

    RevisitsView(Revisits revisits) {
        this.revisits = revisits;
        setId("revisits-view");
        setSizeFull();
        H2 heading = new H2(getTranslation("revisit.list.title"));
        heading.setId("revisits-heading");
        add(heading, filters(), customerNote, chart, grid);
        configureGrid();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("revisit.list.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customerId = event.getLocation().getQueryParameters().getSingleParameter(CUSTOMER_PARAMETER)
                .flatMap(RevisitsView::number).orElse(null);
        customerNote.setId("revisits-customer");
        customerNote.setVisible(customerId != null);
        if (customerId != null) {
            customerNote.removeAll();
            customerNote.add(new Span(getTranslation("revisit.list.ofCustomer") + " "),
                    new Anchor("customers/" + customerId, getTranslation("revisit.list.openCustomer")),
                    new Span(" · "), new Anchor("revisits", getTranslation("revisit.list.allCustomers")));
        }
        refresh();
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Component filters() {
        text.setId("revisits-search");
        text.setPlaceholder(getTranslation("revisit.filter.search"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        statuses.setId("revisits-status");
        statuses.setLabel(getTranslation("revisit.field.status"));
        statuses.setItems(RevisitStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation("revisit.status." + s.name()));
        grade.setId("revisits-grade");
        grade.setLabel(getTranslation("revisit.field.grade"));
        grade.setItems(Grade.values());
        grade.setItemLabelGenerator(g -> getTranslation("revisit.grade." + g.name()));
        grade.setClearButtonVisible(true);
        satisfaction.setId("revisits-satisfaction");
        satisfaction.setLabel(getTranslation("revisit.field.satisfaction"));
        satisfaction.setItems(1, 2, 3, 4, 5);
        satisfaction.setClearButtonVisible(true);
        owner.setId("revisits-owner");
        owner.setLabel(getTranslation("revisit.field.assignee"));
        owner.setClearButtonVisible(true);
        owner.setValueChangeMode(ValueChangeMode.LAZY);
        dueFrom.setId("revisits-due-from");
        dueFrom.setLabel(getTranslation("revisit.filter.dueFrom"));
        dueTo.setId("revisits-due-to");
        dueTo.setLabel(getTranslation("revisit.filter.dueTo"));
        text.addValueChangeListener(e -> refresh());
        statuses.addValueChangeListener(e -> refresh());
        grade.addValueChangeListener(e -> refresh());
        satisfaction.addValueChangeListener(e -> refresh());
        owner.addValueChangeListener(e -> refresh());
        dueFrom.addValueChangeListener(e -> refresh());
        dueTo.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, statuses, grade, satisfaction, owner, dueFrom, dueTo);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.setId("revisits-grid");
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        grid.addColumn(r -> r.dueAt().atZone(ZoneId.systemDefault()).toLocalDate().format(dates))
                .setHeader(getTranslation("revisit.field.due")).setKey("dueAt").setSortable(true);
        grid.addComponentColumn(r -> new Anchor("customers/" + r.customerId(),
                r.customerName() == null ? "#" + r.customerId() : r.customerName()))
                .setHeader(getTranslation("revisit.field.customer")).setFlexGrow(2);
        grid.addColumn(r -> r.orderNumber() == null ? getTranslation("revisit.noOrder") : r.orderNumber())
                .setHeader(getTranslation("revisit.field.order"));
        grid.addColumn(RevisitView::seq).setHeader(getTranslation("revisit.field.seq")).setKey("seq")
                .setSortable(true);
        grid.addColumn(r -> getTranslation("revisit.status." + r.status().name()))
                .setHeader(getTranslation("revisit.field.status")).setKey("status").setSortable(true);
        grid.addColumn(r -> r.grade() == null ? "" : getTranslation("revisit.grade." + r.grade().name()))
                .setHeader(getTranslation("revisit.field.grade"));
        grid.addColumn(RevisitView::assignee).setHeader(getTranslation("revisit.field.assignee"))
                .setKey("assignee").setSortable(true);
        grid.addColumn(r -> r.satisfaction() == null ? "" : "★".repeat(r.satisfaction()) + " " + r.satisfaction())
                .setHeader(getTranslation("revisit.field.satisfaction")).setKey("satisfaction").setSortable(true);
        grid.addColumn(r -> r.feedback() == null ? "" : r.feedback())
                .setHeader(getTranslation("revisit.field.feedback")).setFlexGrow(3);
        grid.addColumn(r -> r.complaintId() == null ? "" : getTranslation("revisit.complaintRaised"))
                .setHeader(getTranslation("revisit.field.complaint"));
        grid.setEmptyStateText(getTranslation("revisit.list.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(RevisitPage.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(click.getItem().id())))));
    }

    private RevisitFilter filter() {
        return new RevisitFilter(text.getValue(), statuses.getValue(), grade.getValue(), satisfaction.getValue(),
                owner.getValue(), customerId, dueFrom.getValue(), dueTo.getValue());
    }

    private void refresh() {
        RevisitFilter filter = filter();
        grid.setItems(query -> {
            var page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            if (page.getSort().isUnsorted()) {
                page = page.withSort(org.springframework.data.domain.Sort.by("dueAt", "id"));
            }
            return revisits.search(filter, page).stream();
        });
        showChart(revisits.satisfactionDistribution(filter), revisits.satisfactionByMonth(filter, MONTHS));
    }

    /** Counts are written next to each bar, so the chart does not rest on length alone. */
    private void showChart(long[] distribution, List<SatisfactionMonth> months) {
        chart.removeAll();
        chart.setId("revisits-chart");
        chart.setPadding(false);
        chart.setSpacing(false);
        chart.getStyle().set("max-width", "40rem").set("gap", "2px");
        H3 title = new H3(getTranslation("revisit.chart.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        chart.add(title);
        long max = Math.max(1, Arrays.stream(distribution).max().orElse(1));
        for (int score = 5; score >= 1; score--) {
            chart.add(bar(score, distribution[score - 1], max));
        }
        StringBuilder averages = new StringBuilder(getTranslation("revisit.chart.averages"));
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("yyyy-MM", Locale.ROOT);
        for (SatisfactionMonth month : months) {
            averages.append("  ").append(month.month().format(monthFormat)).append(": ")
                    .append(month.count() == 0 ? "–" : String.format(getLocale(), "%.1f (%d)", month.average(),
                            month.count()));
        }
        Span line = new Span(averages.toString());
        line.setId("revisits-averages");
        line.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        chart.add(line);
    }

    private Component bar(int score, long count, long max) {
        Span label = new Span(getTranslation("revisit.chart.score", score));
        label.setWidth("6rem");
        label.getStyle().set("flex-shrink", "0").set("font-size", "var(--lumo-font-size-s)");
        Div track = new Div();
        track.getElement().setAttribute("aria-hidden", "true");
        track.getStyle().set("flex", "1 1 auto").set("height", "0.9rem").set("position", "relative")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-s)");
        Div fill = new Div();
        fill.getStyle().set("position", "absolute").set("inset", "0 auto 0 0")
                .set("width", (100 * count / max) + "%")
                .set("background", score <= 2 ? "var(--lumo-error-color)" : score == 3 ? "var(--lumo-contrast-50pct)"
                        : "var(--lumo-success-color)").set("border-radius", "var(--lumo-border-radius-s)");
        track.add(fill);
        Span value = new Span(String.valueOf(count));
        value.setId("revisits-chart-" + score);
        value.setWidth("4rem");
        value.getStyle().set("font-size", "var(--lumo-font-size-s)");
        HorizontalLayout row = new HorizontalLayout(label, track, value);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        return row;
    }
}
