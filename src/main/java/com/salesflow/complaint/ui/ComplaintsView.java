package com.salesflow.complaint.ui;

import com.salesflow.complaint.ComplaintCategory;
import com.salesflow.complaint.ComplaintFilter;
import com.salesflow.complaint.ComplaintSeverity;
import com.salesflow.complaint.ComplaintStatus;
import com.salesflow.complaint.ComplaintSummary;
import com.salesflow.complaint.Complaints;
import com.salesflow.contract.Contracts;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.Customers;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.FilterRow;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The complaints (客户投诉) the user may see, searched and filtered, newest first, with repurchase by complaint
 * outcome next to the source material's figures. {@code ?customer=<id>} narrows the list to one customer and
 * offers to register a complaint for it: the customer page links here by address, without depending on this
 * feature.
 */
@Route("complaints")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.SERVICE, Roles.ADMINS})
@Menu(order = 9.0, icon = "vaadin:exclamation-circle-o", title = "complaint.nav")
public class ComplaintsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CUSTOMER_PARAMETER = "customer";

    private final Complaints complaints;
    private final Customers customers;
    private final Contracts contracts;
    private final ComplaintLabels labels;
    private final boolean withOwner;
    private final Grid<ComplaintSummary> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField text = new TextField();
    private final MultiSelectComboBox<ComplaintStatus> statuses = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ComplaintSeverity> severities = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<ComplaintCategory> categories = new MultiSelectComboBox<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final Checkbox breached = new Checkbox();
    private final HorizontalLayout customerFilter = new HorizontalLayout();
    private final RepurchaseChart chart = new RepurchaseChart();
    private CustomerRef customer;

    ComplaintsView(Complaints complaints, Customers customers, Contracts contracts, CurrentUser currentUser,
            UserDirectory directory) {
        this.complaints = complaints;
        this.customers = customers;
        this.contracts = contracts;
        this.labels = new ComplaintLabels(this, getLocale(), directory);
        this.withOwner = !currentUser.hasRole(Roles.SALES) || currentUser.hasRole(Roles.SUPERVISORS);
        setId("complaints-view");
        setSizeFull();
        Details report = new Details(getTranslation("complaint.report.toggle"), chart);
        report.setId("complaint-report");
        report.setOpened(true);
        add(header(), report, filters(withOwner ? owners(currentUser, directory) : List.of()), customerFilter, grid);
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        customer = event.getLocation().getQueryParameters().getSingleParameter(CUSTOMER_PARAMETER)
                .flatMap(ComplaintsView::number).flatMap(this::customer).orElse(null);
        showCustomerFilter();
        refresh();
        chart.show(complaints.repurchaseReport());
    }

    private Optional<CustomerRef> customer(long id) {
        try {
            CustomerDetails details = customers.get(id);
            return Optional.of(new CustomerRef(details.id(), details.name()));
        } catch (NotFoundException e) {
            UiMessages.error(e.getMessage());
            return Optional.empty();
        }
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Component header() {
        H2 heading = new H2(getTranslation("complaint.list.title"));
        heading.setId("complaints-heading");
        total.setId("complaints-total");
        Button register = new Button(getTranslation("complaint.register.open"), VaadinIcon.PLUS.create(),
                click -> openRegister());
        register.setId("complaints-register");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.getStyle().set("margin-left", "auto");
        HorizontalLayout header = new HorizontalLayout(heading, total, register);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private void openRegister() {
        new RegisterComplaintDialog(complaints, customers, contracts, customer, id -> {
            UiMessages.success(getTranslation("complaint.register.done"));
            UI.getCurrent().navigate(ComplaintView.class, new RouteParameters("id", String.valueOf(id)));
        }).open();
    }

    private Component filters(List<String> owners) {
        HorizontalLayout filters = new FilterRow();
        FilterRow.search(text, "complaints-search", getTranslation("complaint.list.searchLabel"),
                getTranslation("complaint.list.search"), "15em", this::refresh);

        statuses.setId("complaints-status");
        statuses.setLabel(getTranslation("complaint.status"));
        statuses.setItems(ComplaintStatus.values());
        statuses.setItemLabelGenerator(v -> labels.of("complaintStatus", v));
        severities.setId("complaints-severity");
        severities.setLabel(getTranslation("complaint.severity"));
        severities.setItems(ComplaintSeverity.values());
        severities.setItemLabelGenerator(v -> labels.of("complaintSeverity", v));
        categories.setId("complaints-category");
        categories.setLabel(getTranslation("complaint.category"));
        categories.setItems(ComplaintCategory.values());
        categories.setItemLabelGenerator(v -> labels.of("complaintCategory", v));
        for (MultiSelectComboBox<?> box : List.of(statuses, severities, categories)) {
            box.setPlaceholder(getTranslation("filter.any"));
            box.setClearButtonVisible(true);
            box.setWidth("13em");
            box.addValueChangeListener(change -> refresh());
        }
        filters.add(text, statuses, severities, categories);
        if (withOwner) {
            owner.setId("complaints-owner");
            owner.setLabel(getTranslation("complaint.owner"));
            owner.setItems(owners);
            owner.setItemLabelGenerator(labels::personWithLogin);
            owner.setClearButtonVisible(true);
            owner.setPlaceholder(getTranslation("filter.any"));
            owner.setWidth("12em");
            owner.addValueChangeListener(change -> refresh());
            filters.add(owner);
        }
        breached.setId("complaints-breached");
        breached.setLabel(getTranslation("complaint.list.breached"));
        breached.addValueChangeListener(change -> refresh());
        filters.add(breached);
        return filters;
    }

    /** The salespeople and supervisors whose complaints the user may filter by: everyone's or their teams'. */
    private static List<String> owners(CurrentUser currentUser, UserDirectory directory) {
        Set<String> logins = new TreeSet<>();
        if (currentUser.hasRole(Roles.SUPERVISORS) && !currentUser.hasRole(Roles.DIRECTORS)
                && !currentUser.hasRole(Roles.ADMINS) && !currentUser.hasRole(Roles.SERVICE)) {
            String me = currentUser.requireUsername();
            logins.add(me);
            logins.addAll(directory.teamMembersSupervisedBy(me));
        } else {
            directory.enabledUsersWithAnyRole(Set.of(Roles.SALES, Roles.SUPERVISORS)).stream()
                    .map(UserSummary::username).forEach(logins::add);
        }
        return List.copyOf(logins);
    }

    private void showCustomerFilter() {
        customerFilter.removeAll();
        customerFilter.setId("complaints-customer-filter");
        customerFilter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        customerFilter.setVisible(customer != null);
        if (customer == null) {
            return;
        }
        Anchor link = new Anchor("customers/" + customer.id(), customer.name());
        link.setId("complaints-customer");
        Button all = new Button(getTranslation("complaint.list.all"), VaadinIcon.CLOSE_SMALL.create(),
                click -> UI.getCurrent().navigate(ComplaintsView.class));
        all.setId("complaints-customer-clear");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        customerFilter.add(new Span(getTranslation("complaint.list.ofCustomer")), link, all);
    }

    private void configureGrid() {
        grid.setId("complaints-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ComplaintSummary::number).setHeader(getTranslation("complaint.number"))
                .setSortProperty("number").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(ComplaintSummary::customerName).setHeader(getTranslation("complaint.customer"))
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(c -> labels.of("complaintCategory", c.category())).setHeader(getTranslation(
                "complaint.category")).setWidth("9rem").setFlexGrow(1);
        grid.addColumn(c -> labels.of("complaintSeverity", c.severity())).setHeader(getTranslation(
                "complaint.severity")).setSortProperty("severity").setWidth("7rem").setFlexGrow(0);
        grid.addComponentColumn(c -> labels.statusBadge(c.status())).setHeader(getTranslation("complaint.status"))
                .setSortProperty("status").setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(labels::sla).setHeader(getTranslation("complaint.sla"))
                .setSortProperty("slaDueAt").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(c -> labels.person(c.assignee())).setHeader(getTranslation("complaint.assignee"))
                .setSortProperty("assignee").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(c -> labels.person(c.owner())).setHeader(getTranslation("complaint.owner"))
                .setSortProperty("owner").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(c -> labels.dateTime(c.registeredAt())).setHeader(getTranslation("complaint.registeredAt"))
                .setSortProperty("registeredAt").setWidth("10rem").setFlexGrow(0);
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                UI.getCurrent().navigate(ComplaintView.class,
                        new RouteParameters("id", String.valueOf(click.getItem().id())));
            }
        });
        grid.setSizeFull();
        grid.setMinHeight("20rem");
    }

    /** Counts once: the grid and the total show the same number. */
    private void refresh() {
        ComplaintFilter filter = filter();
        long count = complaints.count(filter);
        // Unsorted, the service lists the newest first; a column sort gets the id as tiebreaker so pages never overlap.
        grid.setItems(query -> {
            PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
            return complaints.list(filter, page.getSort().isSorted()
                    ? page.withSort(page.getSort().and(Sort.by(Sort.Order.desc("id")))) : page).stream();
        }, query -> (int) count);
        total.setText(getTranslation("list.total", count));
    }

    private ComplaintFilter filter() {
        String search = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        return new ComplaintFilter(search, statuses.getValue(), severities.getValue(), categories.getValue(),
                withOwner ? owner.getValue() : null, customer == null ? null : customer.id(),
                breached.getValue() ? Boolean.TRUE : null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("complaint.list.title") + " · Salesflow";
    }
}
