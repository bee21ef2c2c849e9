package com.salesflow.customer.ui;

import com.salesflow.shared.ui.UiMessages;
import com.salesflow.customer.CustomerDetails;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.Customers;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

/** The shared pool (公海): customers without an owner, which salespeople claim within the limits. */
@Route("pool")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.FINANCE, Roles.LEGAL, Roles.SERVICE,
        Roles.ADMINS})
@Menu(order = 11, icon = "vaadin:inbox", title = "nav.pool")
public class PoolView extends VerticalLayout implements HasDynamicTitle {

    private final Customers customers;
    private final People people;
    private final CustomerSearch search;
    private final Grid<CustomerSummary> grid = new Grid<>();
    private final Span total = new Span();

    PoolView(Customers customers, CurrentUser currentUser, UserDirectory directory) {
        this.customers = customers;
        this.people = new People(directory, currentUser);
        setId("pool-view");
        setSizeFull();
        total.setId("pool-total");
        HorizontalLayout title = new HorizontalLayout(new H2(getTranslation("nav.pool")), total);
        title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph intro = new Paragraph(getTranslation("pool.intro"));
        intro.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        search = new CustomerSearch("pool", null, people, this::refresh);
        add(title, intro, search, grid);
        configureGrid();
        refresh();
    }

    private void configureGrid() {
        grid.setId("pool-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CustomerSummary::name).setHeader(getTranslation("customer.name")).setSortProperty("name")
                .setWidth("14rem").setFlexGrow(1);
        grid.addComponentColumn(c -> Labels.gradeBadge(this, c.grade())).setHeader(getTranslation("customer.grade"))
                .setSortProperty("grade").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(c -> Labels.of(this, "lifecycle", c.lifecycle())).setHeader(getTranslation("customer.lifecycle"))
                .setSortProperty("lifecycle").setWidth("8.5rem").setFlexGrow(0);
        grid.addColumn(CustomerSummary::industry).setHeader(getTranslation("customer.industry")).setAutoWidth(true);
        grid.addColumn(CustomerSummary::region).setHeader(getTranslation("customer.region")).setSortProperty("region")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(c -> c.lastFollowUpAt() == null ? "" : Labels.date(getLocale(),
                c.lastFollowUpAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()))
                .setHeader(getTranslation("customer.lastFollowUpAt")).setSortProperty("lastFollowUpAt").setWidth("9.5rem")
                .setFlexGrow(0);
        Grid.Column<CustomerSummary> actions = grid.addComponentColumn(c -> {
            Button claim = new Button(getTranslation("pool.claim"), VaadinIcon.HAND.create(), click -> claim(c));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            claim.setId("claim-" + c.id());
            return claim;
        }).setHeader(getTranslation("action.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(click -> {
            if (click.getColumn() != actions) {
                UI.getCurrent().navigate(CustomerView.class, new RouteParameters("id", String.valueOf(click.getItem().id())));
            }
        });
        grid.setSizeFull();
    }

    private void claim(CustomerSummary customer) {
        try {
            CustomerDetails claimed = customers.claim(customer.id());
            UiMessages.success(getTranslation("pool.claimed", claimed.name()));
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
        } catch (AccessDeniedException | NotFoundException e) {
            UiMessages.error(e.getMessage());
        }
        refresh();
    }

    /** Counts once: the grid and the total show the same number, and the database is asked once. */
    private void refresh() {
        CustomerFilter filter = search.filter();
        long count = customers.countPool(filter);
        grid.setItems(query -> customers.pool(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) count);
        total.setText(customers.isBroadSearch(filter.text()) ? getTranslation("list.broadSearch", count)
                : getTranslation("list.total", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pool") + " · Salesflow";
    }
}
