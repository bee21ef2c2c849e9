package com.salesflow.lead.ui;

import com.salesflow.customer.Source;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.identity.UserSummary;
import com.salesflow.imports.ImportKind;
import com.salesflow.imports.Imports;
import com.salesflow.imports.ui.ImportDialog;
import com.salesflow.lead.LeadFilter;
import com.salesflow.lead.LeadRating;
import com.salesflow.lead.LeadSla;
import com.salesflow.lead.LeadStatus;
import com.salesflow.lead.LeadSummary;
import com.salesflow.lead.Leads;
import com.salesflow.shared.ui.FilterRow;
import com.salesflow.shared.ui.NewestFirst;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The leads (线索) the user may see: salespeople their own, supervisors their teams', directors and admins all;
 * searched, filtered, newest first.
 */
@Route("leads")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.ADMINS})
@Menu(order = 8, icon = "vaadin:funnel", title = "nav.leads")
public class LeadsView extends VerticalLayout implements HasDynamicTitle {

    /** Newest first; the id keeps pages stable when leads arrive in the same instant. */

    private final Leads leads;
    private final LeadLabels labels;
    private final Grid<LeadSummary> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField text = new TextField();
    private final Select<LeadStatus> status = new Select<>();
    private final Select<LeadRating> rating = new Select<>();
    private final Select<Source> source = new Select<>();
    private final Select<LeadSla> sla = new Select<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final boolean withOwner;
    private final Imports imports;

    LeadsView(Leads leads, Imports imports, CurrentUser currentUser, UserDirectory directory) {
        this.leads = leads;
        this.imports = imports;
        this.labels = new LeadLabels(this, directory);
        // A salesperson sees only their own leads: an owner filter would have one choice.
        this.withOwner = currentUser.hasRole(Roles.SUPERVISORS) || currentUser.hasRole(Roles.DIRECTORS)
                || currentUser.hasRole(Roles.ADMINS);
        setId("leads-view");
        setSizeFull();
        add(header(), filters(withOwner ? owners(currentUser, directory) : List.of()), grid);
        configureGrid();
        refresh();
    }

    private Component header() {
        H2 heading = new H2(getTranslation("nav.leads"));
        heading.setId("leads-heading");
        total.setId("leads-total");
        Button create = new Button(getTranslation("leads.new"), VaadinIcon.PLUS.create(),
                click -> UI.getCurrent().navigate(NewLeadView.class));
        create.setId("new-lead");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.getStyle().set("margin-left", "auto");
        HorizontalLayout header = new HorizontalLayout(heading, total, create);
        // Offered only to whom the server lets import leads (LeadImportRows.mayImport).
        if (imports.mayImport(ImportKind.LEADS)) {
            Button importButton = new Button(getTranslation("leads.import"), VaadinIcon.UPLOAD.create(),
                    click -> new ImportDialog(imports, ImportKind.LEADS, this::refresh).open());
            importButton.setId("import-leads");
            header.add(importButton);
        }
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters(List<String> owners) {
        HorizontalLayout filters = new FilterRow();
        FilterRow.search(text, "leads-search", getTranslation("leads.searchLabel"),
                getTranslation("leads.search"), "19em", this::refresh);
        text.setAriaLabel(getTranslation("leads.search"));
        filters.add(text);

        anyOf(status, "leads-status", "lead.status", LeadStatus.values(), "leadStatus", "9em");
        anyOf(rating, "leads-rating", "lead.rating", LeadRating.values(), "leadRating", "7em");
        anyOf(source, "leads-source", "lead.source", Source.values(), "source", "11em");
        anyOf(sla, "leads-sla", "lead.sla", LeadSla.values(), "leadSla", "9em");
        filters.add(status, rating, source, sla);

        if (withOwner) {
            owner.setId("leads-owner");
            owner.setLabel(getTranslation("lead.owner"));
            owner.setItems(owners);
            owner.setItemLabelGenerator(labels::personWithLogin);
            owner.setAllowCustomValue(true);
            owner.addCustomValueSetListener(custom -> owner.setValue(custom.getDetail().strip()));
            owner.setClearButtonVisible(true);
            owner.setPlaceholder(getTranslation("filter.any"));
            owner.setWidth("12em");
            owner.addValueChangeListener(change -> refresh());
            filters.add(owner);
        }
        return filters;
    }

    private <E extends Enum<E>> void anyOf(Select<E> select, String id, String labelKey, E[] values, String prefix,
            String width) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("filter.any"));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? getTranslation("filter.any") : labels.of(prefix, value));
        select.setWidth(width);
        select.addValueChangeListener(change -> refresh());
    }

    /** Whose leads a supervisor (self and team) or a director or admin (the sales organisation) may look for. */
    private static List<String> owners(CurrentUser currentUser, UserDirectory directory) {
        Set<String> logins = new TreeSet<>();
        String me = currentUser.requireUsername();
        if (currentUser.hasRole(Roles.DIRECTORS) || currentUser.hasRole(Roles.ADMINS)) {
            directory.enabledUsersWithAnyRole(Set.of(Roles.SALES, Roles.SUPERVISORS)).stream()
                    .map(UserSummary::username).forEach(logins::add);
        } else {
            logins.add(me);
            logins.addAll(directory.teamMembersSupervisedBy(me));
        }
        return List.copyOf(logins);
    }

    private void configureGrid() {
        grid.setId("leads-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LeadSummary::name).setHeader(getTranslation("lead.name")).setSortProperty("personName")
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(LeadSummary::company).setHeader(getTranslation("lead.company")).setSortProperty("company")
                .setWidth("13rem").setFlexGrow(2);
        grid.addColumn(lead -> labels.of("source", lead.source())).setHeader(getTranslation("lead.source"))
                .setSortProperty("source").setWidth("9rem").setFlexGrow(0);
        // The rating follows the score, so the score column sorts both (rating names would sort alphabetically).
        grid.addComponentColumn(lead -> labels.ratingBadge(lead.rating())).setHeader(getTranslation("lead.rating"))
                .setWidth("7rem").setFlexGrow(0);
        grid.addColumn(lead -> lead.score() == null ? "" : lead.score().toString())
                .setHeader(getTranslation("lead.score")).setSortProperty("score").setWidth("6rem").setFlexGrow(0);
        grid.addComponentColumn(lead -> labels.statusBadge(lead.status())).setHeader(getTranslation("lead.status"))
                .setSortProperty("status").setWidth("8rem").setFlexGrow(0);
        grid.addComponentColumn(labels::slaBadge).setHeader(getTranslation("lead.sla"))
                .setSortProperty("contactDueAt").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(lead -> labels.person(lead.owner())).setHeader(getTranslation("lead.owner"))
                .setSortProperty("owner").setWidth("8rem").setFlexGrow(0);
        Grid.Column<LeadSummary> created = grid.addColumn(lead -> LeadLabels.dateTime(getLocale(), lead.createdAt()))
                .setHeader(getTranslation("lead.createdAt")).setSortProperty("createdAt").setWidth("10rem")
                .setFlexGrow(0);
        grid.sort(List.of(new GridSortOrder<>(created, SortDirection.DESCENDING)));
        grid.addItemClickListener(click -> {
            // A click on a row whose data a refresh replaced meanwhile has no item.
            if (click.getItem() != null) {
                open(click.getItem().id());
            }
        });
        grid.setSizeFull();
    }

    /** Counts once: the grid and the total show the same number, and the database is asked once. */
    private void refresh() {
        LeadFilter filter = filter();
        long count = leads.count(filter);
        grid.setItems(query -> leads.list(filter, NewestFirst.unlessSorted(
                VaadinSpringDataHelpers.toSpringPageRequest(query))).stream(), query -> (int) count);
        total.setText(getTranslation("list.total", count));
    }


    private LeadFilter filter() {
        return new LeadFilter(blankToNull(text.getValue()), status.getValue(), rating.getValue(), source.getValue(),
                withOwner ? blankToNull(owner.getValue()) : null, sla.getValue());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void open(long id) {
        UI.getCurrent().navigate(LeadView.class, new RouteParameters("id", String.valueOf(id)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leads") + " · Salesflow";
    }
}
