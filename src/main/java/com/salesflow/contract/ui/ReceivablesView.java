package com.salesflow.contract.ui;

import com.salesflow.contract.AgingBucket;
import com.salesflow.contract.AgingReport;
import com.salesflow.contract.OpenInstalment;
import com.salesflow.contract.Receivables;
import com.salesflow.contract.ReceivablesFilter;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.ui.FilterRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * Receivables (应收账款) for finance and sales: the aging (账龄) of the open instalments in the user's scope as bars per
 * currency and bucket, with count and amount written next to each bar; a click on a bucket lists its instalments.
 * Below, the open instalments, most overdue first, searched by contract number or customer, filtered by owner,
 * bucket and "overdue only", with a CSV/Excel export of what the list shows. A row opens the contract.
 */
@Route("receivables")
@RolesAllowed({Roles.FINANCE, Roles.DIRECTORS, Roles.ADMINS, Roles.SUPERVISORS, Roles.SALES})
@Menu(order = 8.9, icon = "vaadin:money", title = "receivables.title")
public class ReceivablesView extends VerticalLayout implements HasDynamicTitle {

    private final Receivables receivables;
    private final UserDirectory directory;
    private final boolean withOwner;
    private final Map<String, String> names = new HashMap<>();
    private final Grid<OpenInstalment> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField text = new TextField();
    private final ComboBox<String> owner = new ComboBox<>();
    private final MultiSelectComboBox<AgingBucket> buckets = new MultiSelectComboBox<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final Anchor exportCsv = new Anchor();
    private final Anchor exportXlsx = new Anchor();
    private final VerticalLayout chart = new VerticalLayout();

    ReceivablesView(Receivables receivables, CurrentUser currentUser, UserDirectory directory) {
        this.receivables = receivables;
        this.directory = directory;
        this.withOwner = currentUser.hasRole(Roles.FINANCE) || currentUser.hasRole(Roles.DIRECTORS)
                || currentUser.hasRole(Roles.ADMINS) || currentUser.hasRole(Roles.SUPERVISORS);
        setId("receivables-view");
        setSizeFull();
        add(header(), filters(withOwner ? owners(currentUser, directory) : List.of()), chart, grid);
        configureGrid();
        refresh();
    }

    private Component header() {
        H2 heading = new H2(getTranslation("receivables.title"));
        heading.setId("receivables-heading");
        total.setId("receivables-total");
        exportCsv.setId("receivables-export-csv");
        exportCsv.setText(getTranslation("receivables.exportCsv"));
        exportCsv.setRouterIgnore(true);
        exportCsv.getElement().setAttribute("download", true);
        exportCsv.getStyle().set("margin-left", "auto");
        exportXlsx.setId("receivables-export-xlsx");
        exportXlsx.setText(getTranslation("receivables.exportXlsx"));
        exportXlsx.setRouterIgnore(true);
        exportXlsx.getElement().setAttribute("download", true);
        HorizontalLayout header = new HorizontalLayout(heading, total, exportCsv, exportXlsx);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters(List<String> owners) {
        HorizontalLayout filters = new FilterRow();
        FilterRow.search(text, "receivables-search", getTranslation("receivables.searchLabel"),
                getTranslation("receivables.search"), "17em", this::refresh);
        filters.add(text);

        if (withOwner) {
            owner.setId("receivables-owner");
            owner.setLabel(getTranslation("receivables.owner"));
            owner.setItems(owners);
            owner.setItemLabelGenerator(this::personWithLogin);
            owner.setClearButtonVisible(true);
            owner.setPlaceholder(getTranslation("filter.any"));
            owner.setWidth("12em");
            owner.addValueChangeListener(change -> refresh());
            filters.add(owner);
        }

        buckets.setId("receivables-buckets");
        buckets.setLabel(getTranslation("receivables.bucket"));
        buckets.setItems(AgingBucket.values());
        buckets.setItemLabelGenerator(this::bucket);
        buckets.setPlaceholder(getTranslation("filter.any"));
        buckets.setClearButtonVisible(true);
        buckets.setWidth("18em");
        buckets.addValueChangeListener(change -> {
            if (change.getValue().contains(AgingBucket.CURRENT) && overdueOnly.getValue()) {
                overdueOnly.setValue(false);
            }
            refreshList();
        });

        overdueOnly.setId("receivables-overdue-only");
        overdueOnly.setLabel(getTranslation("receivables.overdueOnly"));
        overdueOnly.addValueChangeListener(change -> {
            if (change.getValue() && buckets.getValue().contains(AgingBucket.CURRENT)) {
                buckets.deselect(AgingBucket.CURRENT);
            }
            refreshList();
        });
        filters.add(buckets, overdueOnly);
        return filters;
    }

    private void configureGrid() {
        grid.setId("receivables-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OpenInstalment::contractNumber).setHeader(getTranslation("receivables.contract"))
                .setSortProperty("contractNumber").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(i -> i.customerName() == null ? "" : i.customerName())
                .setHeader(getTranslation("receivables.customer")).setWidth("14rem").setFlexGrow(2);
        grid.addColumn(OpenInstalment::seq).setHeader(getTranslation("receivables.seq")).setWidth("6rem")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> date(i.dueDate())).setHeader(getTranslation("receivables.dueDate"))
                .setSortProperty("dueDate").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(OpenInstalment::overdueDays).setHeader(getTranslation("receivables.overdueDays"))
                .setSortProperty("overdueDays").setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(i -> bucketBadge(i.bucket())).setHeader(getTranslation("receivables.bucket"))
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(i -> money(i.amount(), i.currency())).setHeader(getTranslation("receivables.amount"))
                .setSortProperty("amount").setWidth("10rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> money(i.open(), i.currency())).setHeader(getTranslation("receivables.open"))
                .setSortProperty("open").setWidth("10rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(i -> person(i.owner())).setHeader(getTranslation("receivables.owner"))
                .setSortProperty("owner").setWidth("8rem").setFlexGrow(0);
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                UI.getCurrent().navigate("contracts/" + click.getItem().contractId());
            }
        });
        grid.setSizeFull();
        grid.setMinHeight("16rem");
    }

    /** Filters changed that the aging depends on: chart and list. */
    private void refresh() {
        showChart(receivables.aging(filter(false)));
        refreshList();
    }

    /** Counts once: the grid and the total show the same number. */
    private void refreshList() {
        ReceivablesFilter filter = filter(true);
        long count = receivables.count(filter);
        grid.setItems(query -> {
            PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return receivables.open(filter, page.getSort().isSorted() ? page
                    : page.withSort(Sort.by(Sort.Order.asc("dueDate"), Sort.Order.asc("instalmentId")))).stream();
        }, query -> (int) count);
        total.setText(getTranslation("list.total", count));
        String query = exportQuery(filter);
        exportCsv.setHref("api/receivables/export?format=csv" + query);
        exportXlsx.setHref("api/receivables/export?format=xlsx" + query);
    }

    /** Overdue only and "not yet due" exclude each other: choosing one clears the other (see the listeners). */
    private ReceivablesFilter filter(boolean withBuckets) {
        Set<AgingBucket> chosen = EnumSet.noneOf(AgingBucket.class);
        if (withBuckets) {
            chosen.addAll(buckets.getValue());
            if (overdueOnly.getValue() && chosen.isEmpty()) {
                chosen.addAll(ReceivablesFilter.overdue().buckets());
            }
        }
        return new ReceivablesFilter(blankToNull(text.getValue()), withOwner ? owner.getValue() : null, null, null,
                chosen);
    }

    private static String exportQuery(ReceivablesFilter filter) {
        StringBuilder query = new StringBuilder();
        if (filter.text() != null) {
            query.append("&q=").append(URLEncoder.encode(filter.text(), StandardCharsets.UTF_8));
        }
        if (filter.owner() != null) {
            query.append("&owner=").append(URLEncoder.encode(filter.owner(), StandardCharsets.UTF_8));
        }
        if (filter.customerId() != null) {
            query.append("&customerId=").append(filter.customerId());
        }
        filter.buckets().stream().sorted().forEach(b -> query.append("&bucket=").append(b.name()));
        return query.toString();
    }

    /**
     * The open amount per bucket as horizontal bars, one block per currency (the full bar is the largest bucket of
     * that currency); count and amount are written next to each bar, so the chart does not rest on length alone.
     * A click on a bucket lists its instalments.
     */
    private void showChart(AgingReport report) {
        chart.removeAll();
        chart.setId("receivables-chart");
        chart.setPadding(false);
        chart.setSpacing(false);
        chart.setWidthFull();
        chart.getStyle().set("max-width", "52rem").set("gap", "2px");
        if (report.rows().isEmpty()) {
            Span empty = new Span(getTranslation("receivables.empty"));
            empty.setId("receivables-empty");
            chart.add(empty);
            return;
        }
        Map<String, List<AgingReport.Row>> byCurrency = new LinkedHashMap<>();
        report.rows().forEach(row -> byCurrency.computeIfAbsent(row.currency(), c -> new ArrayList<>()).add(row));
        byCurrency.forEach((currency, rows) -> {
            BigDecimal max = rows.stream().map(AgingReport.Row::open).reduce(BigDecimal.ZERO, BigDecimal::max);
            BigDecimal sum = rows.stream().map(AgingReport.Row::open).reduce(BigDecimal.ZERO, BigDecimal::add);
            long count = rows.stream().mapToLong(AgingReport.Row::instalments).sum();
            H3 title = new H3(getTranslation("receivables.chartTitle", currency,
                    getTranslation("receivables.chartValue", count, money(sum, currency))));
            title.setId("receivables-chart-" + currency);
            title.getStyle().set("margin", "var(--lumo-space-s) 0 0 0").set("font-size", "var(--lumo-font-size-m)");
            chart.add(title);
            for (AgingReport.Row row : rows) {
                chart.add(bar(row, max));
            }
        });
        Span hint = new Span(getTranslation("receivables.chartHint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        chart.add(hint);
    }

    private Component bar(AgingReport.Row row, BigDecimal max) {
        Span label = new Span(bucket(row.bucket()));
        label.setWidth("11rem");
        label.getStyle().set("flex-shrink", "0").set("font-size", "var(--lumo-font-size-s)");
        Div track = new Div();
        track.getElement().setAttribute("aria-hidden", "true");
        track.getStyle().set("flex", "1 1 auto").set("height", "0.9rem").set("position", "relative")
                .set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-s)");
        Div fill = new Div();
        fill.getStyle().set("position", "absolute").set("inset", "0 auto 0 0").set("width", percent(row.open(), max))
                .set("background", row.bucket() == AgingBucket.CURRENT ? "var(--lumo-success-color)"
                        : row.bucket() == AgingBucket.DAYS_1_30 ? "var(--lumo-primary-color)"
                                : "var(--lumo-error-color)")
                .set("opacity", switch (row.bucket()) {
                    case DAYS_31_60 -> "0.6";
                    case DAYS_61_90 -> "0.8";
                    default -> "1";
                }).set("border-radius", "var(--lumo-border-radius-s)");
        track.add(fill);
        Span value = new Span(getTranslation("receivables.chartValue", row.instalments(),
                money(row.open(), row.currency())));
        value.setWidth("14rem");
        value.getStyle().set("flex-shrink", "0").set("font-size", "var(--lumo-font-size-s)").set("text-align", "end");
        HorizontalLayout line = new HorizontalLayout(label, track, value);
        line.setId("receivables-bar-" + row.currency() + "-" + row.bucket().name());
        line.addClassName("receivables-bar");
        line.getElement().setAttribute("data-bucket", row.bucket().name());
        line.getElement().setAttribute("tabindex", "0");
        line.getElement().setAttribute("role", "button");
        line.getElement().setAttribute("title", getTranslation("receivables.chartHint"));
        line.setWidthFull();
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        line.getStyle().set("cursor", "pointer");
        line.addClickListener(click -> showBucket(row.bucket()));
        line.getElement().addEventListener("keydown", event -> showBucket(row.bucket())).setFilter(
                "event.key === 'Enter' || event.key === ' '");
        return line;
    }

    private void showBucket(AgingBucket bucket) {
        buckets.setValue(Set.of(bucket));
    }

    private Span bucketBadge(AgingBucket bucket) {
        Span badge = new Span(bucket(bucket));
        badge.addClassName("receivables-bucket");
        badge.getElement().setAttribute("data-bucket", bucket.name());
        badge.getElement().getThemeList().add(switch (bucket) {
            case CURRENT -> "badge success";
            case DAYS_1_30 -> "badge";
            case DAYS_31_60, DAYS_61_90, OVER_90 -> "badge error";
        });
        return badge;
    }

    private String bucket(AgingBucket bucket) {
        return getTranslation("receivables.bucket." + bucket.name());
    }

    private String money(BigDecimal amount, String currency) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (currency == null ? "" : currency + " ") + format.format(amount);
    }

    private String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(date);
    }

    private String person(String username) {
        if (username == null) {
            return "";
        }
        return names.computeIfAbsent(username,
                login -> directory.findByUsername(login).map(UserSummary::displayName).orElse(login));
    }

    private String personWithLogin(String username) {
        String name = person(username);
        return name.equals(username) ? username : name + " (" + username + ")";
    }

    /** Finance, directors and admins may pick any salesperson or supervisor; a supervisor self and team. */
    private static List<String> owners(CurrentUser currentUser, UserDirectory directory) {
        Set<String> logins = new TreeSet<>();
        String me = currentUser.requireUsername();
        if (currentUser.hasRole(Roles.DIRECTORS) || currentUser.hasRole(Roles.ADMINS)
                || currentUser.hasRole(Roles.FINANCE)) {
            directory.enabledUsersWithAnyRole(Set.of(Roles.SALES, Roles.SUPERVISORS)).stream()
                    .map(UserSummary::username).forEach(logins::add);
        } else {
            logins.add(me);
            logins.addAll(directory.teamMembersSupervisedBy(me));
        }
        return List.copyOf(logins);
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "0%";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP) + "%";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("receivables.title") + " · Salesflow";
    }
}
