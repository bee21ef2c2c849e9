package com.salesflow.task.ui;

import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.Customers;
import com.salesflow.identity.Roles;
import com.salesflow.shared.ui.NavigationBadge;
import com.salesflow.shared.ui.UiMessages;
import com.salesflow.task.DueFilter;
import com.salesflow.task.SlaState;
import com.salesflow.task.TaskFilter;
import com.salesflow.task.TaskList;
import com.salesflow.task.TaskSummary;
import com.salesflow.task.Tasks;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import org.springframework.data.domain.PageRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where everyone's day starts: my tasks, tasks offered to my groups, and for supervisors the team's tasks, with
 * filters, SLA marks and counts that follow new work without a reload (the shell's poll, every 15 s).
 */
@Route("tasks")
@PermitAll
@Menu(order = 5, icon = "vaadin:tasks", title = "nav.tasks")
public class TaskListView extends VerticalLayout implements HasDynamicTitle {

    private final Tasks tasks;
    private final Customers customers;
    private final Map<TaskList, Tab> tabs = new EnumMap<>(TaskList.class);
    private final Tabs tabBar = new Tabs();
    private final Grid<TaskSummary> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField text = new TextField();
    private final ComboBox<String> process = new ComboBox<>();
    private final ComboBox<DueFilter> due = new ComboBox<>();
    private final ComboBox<CustomerSummary> customer = new ComboBox<>();
    private final IntegerField minPriority = new IntegerField();
    private Map<TaskList, Long> lastCounts = Map.of();

    TaskListView(Tasks tasks, Customers customers) {
        this.tasks = tasks;
        this.customers = customers;
        setId("tasks-view");
        setSizeFull();
        add(header(), filters(), grid);
        configureGrid();
        refresh();
    }

    private Component header() {
        H2 title = new H2(getTranslation("nav.tasks"));
        total.setId("tasks-total");
        Map<TaskList, Long> counts = tasks.counts();
        for (TaskList list : counts.keySet()) {
            Tab tab = new Tab(getTranslation("tasks.list." + list.name().toLowerCase()));
            tab.setId("tasks-tab-" + list.name().toLowerCase());
            tabs.put(list, tab);
            tabBar.add(tab);
        }
        showCounts(counts);
        tabBar.addSelectedChangeListener(change -> refresh());
        HorizontalLayout header = new HorizontalLayout(title, tabBar, total);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters() {
        text.setId("tasks-search");
        text.setPlaceholder(getTranslation("tasks.search"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        process.setId("tasks-process");
        process.setPlaceholder(getTranslation("tasks.process"));
        process.setItems(tasks.processKeys());
        process.setItemLabelGenerator(key -> key);
        process.setClearButtonVisible(true);
        due.setId("tasks-due");
        due.setPlaceholder(getTranslation("tasks.due"));
        due.setItems(DueFilter.values());
        due.setItemLabelGenerator(value -> getTranslation("tasks.due." + value.name()));
        due.setClearButtonVisible(true);
        customer.setId("tasks-customer");
        customer.setPlaceholder(getTranslation("tasks.customer"));
        // The customers the user may see, found by the same search as the customer list.
        customer.setItems(query -> customers.search(
                new CustomerFilter(query.getFilter().orElse(null), null, null, null, null, null, false),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        customer.setItemLabelGenerator(CustomerSummary::name);
        customer.setClearButtonVisible(true);
        minPriority.setId("tasks-priority");
        minPriority.setPlaceholder(getTranslation("tasks.minPriority"));
        minPriority.setMin(0);
        minPriority.setMax(100);
        minPriority.setClearButtonVisible(true);
        text.addValueChangeListener(change -> refresh());
        process.addValueChangeListener(change -> refresh());
        due.addValueChangeListener(change -> refresh());
        customer.addValueChangeListener(change -> refresh());
        minPriority.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, process, customer, due, minPriority);
        filters.setWidthFull();
        text.setWidth("20rem");
        return filters;
    }

    private void configureGrid() {
        grid.setId("tasks-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addComponentColumn(this::slaBadge).setHeader(getTranslation("tasks.sla")).setWidth("8.5rem")
                .setFlexGrow(0);
        grid.addColumn(TaskSummary::name).setHeader(getTranslation("tasks.name")).setSortProperty("name")
                .setFlexGrow(2);
        grid.addColumn(task -> task.processName() == null ? task.processDefinitionKey() : task.processName())
                .setHeader(getTranslation("tasks.process")).setFlexGrow(1);
        grid.addColumn(task -> task.customerName() == null ? "" : task.customerName())
                .setHeader(getTranslation("tasks.customer")).setFlexGrow(1);
        grid.addColumn(this::assignee)
                .setHeader(getTranslation("tasks.assignee")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(task -> format(task.due())).setHeader(getTranslation("tasks.dueDate")).setSortProperty("due")
                .setWidth("11rem").setFlexGrow(0);
        grid.addColumn(task -> format(task.created())).setHeader(getTranslation("tasks.created"))
                .setSortProperty("created").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(TaskSummary::priority).setHeader(getTranslation("tasks.priority")).setSortProperty("priority")
                .setWidth("6rem").setFlexGrow(0);
        grid.addItemClickListener(click -> {
            // Null when the row was clicked just as a search or the poll replaced the grid's items.
            if (click.getItem() != null) {
                UI.getCurrent().navigate(TaskView.class, new RouteParameters("id", click.getItem().id()));
            }
        });
        grid.setSizeFull();
    }

    private String assignee(TaskSummary task) {
        if (task.assignee() == null) {
            return String.join(", ", task.candidateGroups());
        }
        return task.delegatedBy() == null ? task.assignee()
                : getTranslation("tasks.delegatedTo", task.assignee(), task.delegatedBy());
    }

    /** Colour and icon, not colour alone. */
    private Component slaBadge(TaskSummary task) {
        Span badge = new Span();
        SlaState sla = task.sla();
        if (sla == SlaState.OVERDUE || sla == SlaState.DUE_SOON) {
            Icon icon = (sla == SlaState.OVERDUE ? VaadinIcon.EXCLAMATION_CIRCLE : VaadinIcon.CLOCK).create();
            icon.getStyle().set("padding", "var(--lumo-space-xs)");
            badge.add(icon);
        }
        badge.add(new Span(getTranslation("tasks.sla." + sla.name())));
        badge.getElement().getThemeList().add(switch (sla) {
            case OVERDUE -> "badge error";
            case DUE_SOON -> "badge warning";
            case ON_TRACK -> "badge success";
            case NO_DUE_DATE -> "badge contrast";
        });
        return badge;
    }

    private String format(java.time.Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    private TaskList selected() {
        return tabs.entrySet().stream().filter(entry -> entry.getValue() == tabBar.getSelectedTab())
                .map(Map.Entry::getKey).findFirst().orElse(TaskList.MINE);
    }

    private TaskFilter filter() {
        return new TaskFilter(process.getValue(), null, customer.getValue() == null ? null : customer.getValue().id(),
                due.getValue(), minPriority.getValue(), text.getValue());
    }

    /** Counts once per refresh: the grid and the total show the same number. */
    private void refresh() {
        TaskList list = selected();
        TaskFilter filter = filter();
        long count = tasks.count(list, filter);
        grid.setItems(query -> tasks.list(list, filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) count);
        total.setText(count >= Tasks.COUNT_LIMIT ? getTranslation("list.totalAtLeast", count)
                : getTranslation("list.total", count));
    }

    private void showCounts(Map<TaskList, Long> counts) {
        counts.forEach((list, count) -> {
            Tab tab = tabs.get(list);
            if (tab != null) {
                tab.removeAll();
                Span badge = new Span(count >= Tasks.COUNT_LIMIT ? count + "+" : String.valueOf(count));
                badge.getElement().getThemeList().add("badge pill small contrast");
                tab.add(new Span(getTranslation("tasks.list." + list.name().toLowerCase()) + " "), badge);
            }
        });
        lastCounts = counts;
    }

    /** Listens to the shell's poll ({@link NavigationBadge#REFRESH_MILLIS}), which also refreshes the nav badge. */
    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        com.vaadin.flow.shared.Registration polling = ui.addPollListener(poll -> {
            Map<TaskList, Long> counts = tasks.counts();
            if (!counts.equals(lastCounts)) {
                showCounts(counts);
                refresh();
                UiMessages.success(getTranslation("tasks.updated"));
            }
        });
        addDetachListener(detach -> {
            polling.remove();
            detach.unregisterListener();
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.tasks");
    }
}
