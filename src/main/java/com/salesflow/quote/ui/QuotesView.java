package com.salesflow.quote.ui;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.opportunity.Opportunities;
import com.salesflow.opportunity.OpportunitySummary;
import com.salesflow.quote.QuoteFilter;
import com.salesflow.quote.QuoteStatus;
import com.salesflow.quote.QuoteSummary;
import com.salesflow.quote.Quotes;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.FilterRow;
import com.salesflow.shared.ui.NewestFirst;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
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
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/**
 * The quote versions (报价) the user may see, searched and filtered by status and owner, latest versions only unless
 * asked otherwise. {@code ?opportunity=<id>} narrows the list to one opportunity's quotes (the opportunity page links
 * here by that address) and offers a new quote for it. Newest first.
 */
@Route("quotes")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.ADMINS})
@Menu(order = 8.7, icon = "vaadin:file-text-o", title = "quote.nav")
public class QuotesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String OPPORTUNITY_PARAMETER = "opportunity";

    private final Quotes quotes;
    private final Opportunities opportunities;
    private final QuoteLabels labels;
    private final boolean withOwner;
    private final Grid<QuoteSummary> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField text = new TextField();
    private final MultiSelectComboBox<QuoteStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final Checkbox latestOnly = new Checkbox();
    private final HorizontalLayout opportunityFilter = new HorizontalLayout();
    private final Button create = new Button();
    private OpportunitySummary opportunity;

    QuotesView(Quotes quotes, Opportunities opportunities, CurrentUser currentUser, UserDirectory directory) {
        this.quotes = quotes;
        this.opportunities = opportunities;
        this.labels = new QuoteLabels(this, getLocale(), directory);
        this.withOwner = QuoteLabels.seesOthers(currentUser);
        setId("quotes-view");
        setSizeFull();
        add(header(), filters(withOwner ? QuoteLabels.owners(currentUser, directory) : List.of()),
                opportunityFilter, grid);
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        opportunity = null;
        String wanted = event.getLocation().getQueryParameters().getSingleParameter(OPPORTUNITY_PARAMETER)
                .orElse(null);
        if (wanted != null) {
            try {
                opportunity = opportunities.get(Long.parseLong(wanted));
            } catch (NumberFormatException | NotFoundException e) {
                UiMessages.error(getTranslation("quote.opportunityNotFound"));
            }
        }
        showOpportunityFilter();
        refresh();
    }

    private Component header() {
        H2 heading = new H2(getTranslation("quote.list.title"));
        heading.setId("quotes-heading");
        total.setId("quotes-total");
        create.setText(getTranslation("quote.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.setId("new-quote");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.getStyle().set("margin-left", "auto");
        create.addClickListener(click -> UI.getCurrent().navigate("quotes/new",
                QueryParameters.simple(Map.of(OPPORTUNITY_PARAMETER, String.valueOf(opportunity.id())))));
        create.setVisible(false);
        HorizontalLayout header = new HorizontalLayout(heading, total, create);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters(List<String> owners) {
        HorizontalLayout filters = new FilterRow();
        FilterRow.search(text, "quotes-search", getTranslation("quote.list.searchLabel"),
                getTranslation("quote.list.search"), "17em", this::refresh);

        statuses.setId("quotes-status");
        statuses.setLabel(getTranslation("quote.status"));
        statuses.setItems(QuoteStatus.values());
        statuses.setItemLabelGenerator(labels::status);
        statuses.setPlaceholder(getTranslation("filter.any"));
        statuses.setClearButtonVisible(true);
        statuses.setWidth("16em");
        statuses.addValueChangeListener(change -> refresh());
        filters.add(text, statuses);

        if (withOwner) {
            owner.setId("quotes-owner");
            owner.setLabel(getTranslation("quote.owner"));
            owner.setItems(owners);
            owner.setItemLabelGenerator(labels::personWithLogin);
            owner.setClearButtonVisible(true);
            owner.setPlaceholder(getTranslation("filter.any"));
            owner.setWidth("12em");
            owner.addValueChangeListener(change -> refresh());
            filters.add(owner);
        }
        latestOnly.setId("quotes-latest-only");
        latestOnly.setLabel(getTranslation("quote.list.latestOnly"));
        latestOnly.setValue(true);
        latestOnly.addValueChangeListener(change -> refresh());
        filters.add(latestOnly);
        return filters;
    }

    /** The opportunity the list is narrowed to, with a way back to all quotes. */
    private void showOpportunityFilter() {
        opportunityFilter.removeAll();
        opportunityFilter.setId("quotes-opportunity-filter");
        opportunityFilter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        opportunityFilter.setVisible(opportunity != null);
        create.setVisible(opportunity != null && !opportunity.stage().isClosed());
        if (opportunity == null) {
            return;
        }
        Anchor link = new Anchor("opportunities/" + opportunity.id(), opportunity.name());
        link.setId("quotes-opportunity");
        Button all = new Button(getTranslation("quote.list.allQuotes"), VaadinIcon.CLOSE_SMALL.create(),
                click -> UI.getCurrent().navigate(QuotesView.class));
        all.setId("quotes-opportunity-clear");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        opportunityFilter.add(new Span(getTranslation("quote.list.ofOpportunity")), link,
                new Span(opportunity.customerName() == null ? "" : "· " + opportunity.customerName()), all);
    }

    private void configureGrid() {
        grid.setId("quotes-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(QuoteSummary::label).setHeader(getTranslation("quote.number"))
                .setSortProperty("number", "versionNo").setWidth("11rem").setFlexGrow(0);
        grid.addColumn(QuoteSummary::customerName).setHeader(getTranslation("quote.customer"))
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(QuoteSummary::opportunityName).setHeader(getTranslation("quote.opportunity"))
                .setWidth("12rem").setFlexGrow(2);
        grid.addComponentColumn(q -> labels.statusBadge(q.status())).setHeader(getTranslation("quote.status"))
                .setSortProperty("status").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(q -> labels.money(q.net(), q.currency())).setHeader(getTranslation("quote.net"))
                .setSortProperty("net").setWidth("10rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(q -> labels.money(q.total(), q.currency())).setHeader(getTranslation("quote.total"))
                .setSortProperty("total").setWidth("10rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(q -> QuoteLabels.percent(q.maxLineDiscount()))
                .setHeader(getTranslation("quote.maxLineDiscount")).setSortProperty("maxLineDiscount")
                .setWidth("8rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(q -> labels.date(q.validUntil())).setHeader(getTranslation("quote.validUntil"))
                .setSortProperty("validUntil").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(q -> labels.person(q.owner())).setHeader(getTranslation("quote.owner"))
                .setSortProperty("owner").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(q -> labels.dateTime(q.updatedAt())).setHeader(getTranslation("quote.updatedAt"))
                .setSortProperty("updatedAt").setWidth("10rem").setFlexGrow(0);
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                UI.getCurrent().navigate(QuoteView.class,
                        new RouteParameters("id", String.valueOf(click.getItem().id())));
            }
        });
        grid.setSizeFull();
    }

    /** Counts once: the grid and the total show the same number. */
    private void refresh() {
        QuoteFilter filter = filter();
        long count = quotes.count(filter);
        grid.setItems(query -> quotes.list(filter, NewestFirst.unlessSorted(
                VaadinSpringDataHelpers.toSpringPageRequest(query))).stream(), query -> (int) count);
        total.setText(getTranslation("list.total", count));
    }

    private QuoteFilter filter() {
        return new QuoteFilter(blankToNull(text.getValue()), statuses.getValue(),
                opportunity == null ? null : opportunity.id(), null, withOwner ? owner.getValue() : null,
                latestOnly.getValue());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("quote.list.title") + " · Salesflow";
    }
}
