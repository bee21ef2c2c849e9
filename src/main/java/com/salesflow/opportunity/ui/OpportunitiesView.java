package com.salesflow.opportunity.ui;

import com.salesflow.customer.Customers;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.TeamSummary;
import com.salesflow.identity.UserDirectory;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunityFilter;
import com.salesflow.opportunity.OpportunityStage;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.shared.ui.FilterRow;
import com.salesflow.shared.ui.NewestFirst;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The opportunities (商机) the user may see, searched and filtered by stage, owner and expected close; open ones whose
 * expected close has passed are marked. Newest first.
 */
@Route("opportunities")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.ADMINS})
@Menu(order = 8.6, icon = "vaadin:briefcase", title = "nav.opportunities")
public class OpportunitiesView extends VerticalLayout implements HasDynamicTitle {


    private final Opportunities opportunities;
    private final Customers customers;
    private final OpportunityLabels labels;
    private final Clock clock;
    private final Grid<OpportunitySummary> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField text = new TextField();
    private final MultiSelectComboBox<OpportunityStage> stages = new MultiSelectComboBox<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private ComboBox<TeamSummary> team;
    private final DatePicker closingFrom = new DatePicker();
    private final DatePicker closingTo = new DatePicker();
    private final Checkbox overdueOnly = new Checkbox();
    private final boolean withOwner;

    OpportunitiesView(Opportunities opportunities, Customers customers, CurrentUser currentUser,
            UserDirectory directory, Clock clock) {
        this.opportunities = opportunities;
        this.customers = customers;
        this.clock = clock;
        this.labels = new OpportunityLabels(this, directory);
        this.withOwner = OpportunityLabels.seesOthers(currentUser);
        setId("opportunities-view");
        setSizeFull();
        add(header(), filters(withOwner ? OpportunityLabels.owners(currentUser, directory) : List.of(),
                withOwner ? OpportunityLabels.teams(currentUser, directory) : List.of()), grid);
        configureGrid();
        refresh();
    }

    private Component header() {
        H2 heading = new H2(getTranslation("nav.opportunities"));
        heading.setId("opportunities-heading");
        total.setId("opportunities-total");
        Button board = new Button(getTranslation("nav.pipeline"), VaadinIcon.GRID_BIG.create(),
                click -> UI.getCurrent().navigate(PipelineView.class));
        board.setId("opportunities-board");
        board.getStyle().set("margin-left", "auto");
        Button create = new Button(getTranslation("opportunity.new"), VaadinIcon.PLUS.create(),
                click -> new NewOpportunityDialog(opportunities, customers, created -> open(created.id())).open());
        create.setId("new-opportunity");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(heading, total, board, create);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters(List<String> owners, List<TeamSummary> teams) {
        HorizontalLayout filters = new FilterRow();
        FilterRow.search(text, "opportunities-search", getTranslation("opportunities.searchLabel"),
                getTranslation("opportunities.search"), "17em", this::refresh);

        stages.setId("opportunities-stage");
        stages.setLabel(getTranslation("opportunity.stage"));
        stages.setItems(OpportunityStage.values());
        stages.setItemLabelGenerator(labels::stage);
        stages.setPlaceholder(getTranslation("filter.any"));
        stages.setClearButtonVisible(true);
        stages.setWidth("15em");
        stages.addValueChangeListener(change -> refresh());
        filters.add(text, stages);

        if (withOwner) {
            owner.setId("opportunities-owner");
            owner.setLabel(getTranslation("opportunity.owner"));
            owner.setItems(owners);
            owner.setItemLabelGenerator(labels::personWithLogin);
            owner.setClearButtonVisible(true);
            owner.setPlaceholder(getTranslation("filter.any"));
            owner.setWidth("12em");
            owner.addValueChangeListener(change -> refresh());
            filters.add(owner);
        }
        team = OpportunityLabels.teamFilter(this, teams, "opportunities-team");
        team.addValueChangeListener(change -> refresh());
        filters.add(team);

        closingFrom.setId("opportunities-closing-from");
        closingFrom.setLabel(getTranslation("opportunities.closingFrom"));
        closingFrom.setClearButtonVisible(true);
        closingFrom.setWidth("10em");
        closingFrom.addValueChangeListener(change -> refresh());
        closingTo.setId("opportunities-closing-to");
        closingTo.setLabel(getTranslation("opportunities.closingTo"));
        closingTo.setClearButtonVisible(true);
        closingTo.setWidth("10em");
        closingTo.addValueChangeListener(change -> refresh());
        overdueOnly.setId("opportunities-overdue");
        overdueOnly.setLabel(getTranslation("opportunities.overdueOnly"));
        overdueOnly.addValueChangeListener(change -> refresh());
        filters.add(closingFrom, closingTo, overdueOnly);
        return filters;
    }

    private void configureGrid() {
        grid.setId("opportunities-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OpportunitySummary::name).setHeader(getTranslation("opportunity.name"))
                .setSortProperty("name").setWidth("13rem").setFlexGrow(2);
        grid.addColumn(OpportunitySummary::customerName).setHeader(getTranslation("opportunity.customer"))
                .setWidth("13rem").setFlexGrow(2);
        grid.addComponentColumn(o -> labels.stageBadge(o.stage())).setHeader(getTranslation("opportunity.stage"))
                .setWidth("9rem").setFlexGrow(0);
        grid.addColumn(o -> OpportunityLabels.money(getLocale(), o.amount(), o.currency()))
                .setHeader(getTranslation("opportunity.amount")).setSortProperty("amount").setWidth("10rem")
                .setFlexGrow(0).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addColumn(o -> o.probability() + " %").setHeader(getTranslation("opportunity.probability"))
                .setSortProperty("probability").setWidth("7rem").setFlexGrow(0)
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        grid.addComponentColumn(o -> labels.expectedClose(o, LocalDate.now(clock)))
                .setHeader(getTranslation("opportunity.expectedClose")).setSortProperty("expectedClose")
                .setWidth("12rem").setFlexGrow(0);
        grid.addColumn(o -> labels.person(o.owner())).setHeader(getTranslation("opportunity.owner"))
                .setSortProperty("owner").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(o -> OpportunityLabels.dateTime(getLocale(), o.lastFollowUpAt()))
                .setHeader(getTranslation("opportunity.lastFollowUpAt")).setSortProperty("lastFollowUpAt")
                .setWidth("10rem").setFlexGrow(0);
        Grid.Column<OpportunitySummary> created = grid.addColumn(
                        o -> OpportunityLabels.date(getLocale(), o.createdAt() == null ? null
                                : LocalDate.ofInstant(o.createdAt(), clock.getZone())))
                .setHeader(getTranslation("opportunity.createdAt")).setSortProperty("createdAt").setWidth("8rem")
                .setFlexGrow(0);
        grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                open(click.getItem().id());
            }
        });
        grid.setSizeFull();
    }

    /** Counts once: the grid and the total show the same number. */
    private void refresh() {
        OpportunityFilter filter = filter();
        long count = opportunities.count(filter);
        grid.setItems(query -> opportunities.list(filter, NewestFirst.unlessSorted(
                VaadinSpringDataHelpers.toSpringPageRequest(query))).stream(), query -> (int) count);
        total.setText(getTranslation("list.total", count));
    }


    private OpportunityFilter filter() {
        Set<OpportunityStage> chosen = stages.getValue();
        return new OpportunityFilter(blankToNull(text.getValue()), chosen, withOwner ? owner.getValue() : null,
                team.getValue() == null ? null : team.getValue().code(), null,
                closingFrom.getValue(), closingTo.getValue(), overdueOnly.getValue(), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void open(long id) {
        UI.getCurrent().navigate(OpportunityView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.opportunities") + " · Salesflow";
    }
}
