package com.salesflow.customer.ui;

import com.salesflow.customer.CustomerExport;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.Customers;
import com.salesflow.customer.ExportFormat;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.imports.ImportKind;
import com.salesflow.imports.Imports;
import com.salesflow.imports.ui.ImportDialog;
import com.salesflow.shared.PickLists;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The customers the user may see (own, team's or all, plus the pool), searched and filtered. */
@Route("customers")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.FINANCE, Roles.LEGAL, Roles.SERVICE,
        Roles.ADMINS})
@Menu(order = 10, icon = "vaadin:building", title = "nav.customers")
public class CustomersView extends VerticalLayout implements HasDynamicTitle {

    private final Customers customers;
    private final CustomerExport export;
    private final Clock clock;
    private final People people;
    private final List<String> owners;
    private final CustomerSearch search;
    private final Grid<CustomerSummary> grid = new Grid<>();
    private final Span total = new Span();

    CustomersView(Customers customers, CustomerExport export, Imports imports, CurrentUser currentUser,
            UserDirectory directory, PickLists pickLists, Clock clock) {
        this.customers = customers;
        this.export = export;
        this.clock = clock;
        this.people = new People(directory, currentUser);
        this.owners = people.ownerCandidates(customers);
        setId("customers-view");
        setSizeFull();
        Button create = new Button(getTranslation("customers.new"), VaadinIcon.PLUS.create(),
                click -> new NewCustomerDialog(customers, owners, people, pickLists, created -> open(created.id())).open());
        create.setId("new-customer");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        total.setId("customers-total");
        Button importButton = new Button(getTranslation("customers.import"), VaadinIcon.UPLOAD.create(),
                click -> new ImportDialog(imports, ImportKind.CUSTOMERS, this::refresh).open());
        importButton.setId("import-customers");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("nav.customers")), total, create,
                importButton,
                exportLink(ExportFormat.CSV, "customers.export.csv"), exportLink(ExportFormat.XLSX, "customers.export.xlsx"));
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        title.setWidthFull();
        create.getStyle().set("margin-left", "auto");
        search = new CustomerSearch("customers", owners, people, this::refresh);
        add(title, search, grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        LocalDate today = LocalDate.now(clock);
        grid.setId("customers-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CustomerSummary::name).setHeader(getTranslation("customer.name")).setSortProperty("name")
                .setWidth("14rem").setFlexGrow(1);
        grid.addComponentColumn(c -> Labels.gradeBadge(this, c.grade())).setHeader(getTranslation("customer.grade"))
                .setSortProperty("grade").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(c -> Labels.of(this, "lifecycle", c.lifecycle())).setHeader(getTranslation("customer.lifecycle"))
                .setSortProperty("lifecycle").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(CustomerSummary::region).setHeader(getTranslation("customer.region")).setSortProperty("region")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(c -> c.owner() == null ? getTranslation("customer.inPool") : people.displayName(c.owner()))
                .setHeader(getTranslation("customer.owner")).setSortProperty("owner").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(c -> String.join(", ", new java.util.TreeSet<>(c.tags()))).setHeader(getTranslation("customer.tags"))
                .setWidth("9rem");
        grid.addColumn(c -> c.lastFollowUpAt() == null ? "" : Labels.date(getLocale(),
                c.lastFollowUpAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()))
                .setHeader(getTranslation("customer.lastFollowUpAt")).setSortProperty("lastFollowUpAt").setWidth("9.5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(c -> Labels.nextFollowUp(this, c.nextFollowUpAt(), today))
                .setHeader(getTranslation("customer.nextFollowUpAt")).setSortProperty("nextFollowUpAt").setWidth("10rem")
                .setFlexGrow(0);
        grid.addItemClickListener(click -> open(click.getItem().id()));
        grid.setSizeFull();
    }

    /** Downloads what the list shows (same filters, same scope) in the documented format. */
    private Anchor exportLink(ExportFormat format, String labelKey) {
        String extension = format.name().toLowerCase(Locale.ROOT);
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName("customers-" + LocalDate.now(clock) + "." + extension);
            event.setContentType(format == ExportFormat.CSV ? "text/csv;charset=UTF-8"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                export.export(search.filter(), format, out);
            }
        }, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation(labelKey)));
        link.setId("export-" + extension);
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** Counts once: the grid and the total show the same number, and the database is asked once. */
    private void refresh() {
        CustomerFilter filter = search.filter();
        long count = customers.count(filter);
        grid.setItems(query -> customers.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) count);
        total.setText(customers.isBroadSearch(filter.text()) ? getTranslation("list.broadSearch", count)
                : getTranslation("list.total", count));
    }

    private void open(long id) {
        UI.getCurrent().navigate(CustomerView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.customers") + " · Salesflow";
    }
}
