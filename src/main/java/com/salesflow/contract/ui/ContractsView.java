package com.salesflow.contract.ui;

import com.salesflow.contract.ContractFilter;
import com.salesflow.contract.ContractStatus;
import com.salesflow.contract.ContractSummary;
import com.salesflow.contract.Contracts;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.shared.ui.FilterRow;
import com.salesflow.shared.ui.NewestFirst;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The contracts (合同) the user may see, searched and filtered by status and owner, last changed first.
 * {@code ?quote=<id>} opens the contract drafted from that quote, so that other screens can link to a quote's
 * contract by address without depending on this feature; {@code ?customer=<id>} narrows the list to one customer.
 */
@Route("contracts")
@RolesAllowed({Roles.SALES, Roles.SUPERVISORS, Roles.DIRECTORS, Roles.FINANCE, Roles.LEGAL, Roles.ADMINS})
@Menu(order = 8.8, icon = "vaadin:file-text", title = "contract.nav")
public class ContractsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String QUOTE_PARAMETER = "quote";
    static final String CUSTOMER_PARAMETER = "customer";
    private static final int EXPORT_PAGE = 200;

    private final Contracts contracts;
    private final ContractLabels labels;
    private final boolean withOwner;
    private final Grid<ContractSummary> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField text = new TextField();
    private final MultiSelectComboBox<ContractStatus> statuses = new MultiSelectComboBox<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final HorizontalLayout customerFilter = new HorizontalLayout();
    private Long customerId;
    private volatile ContractFilter shownFilter = ContractFilter.all();

    ContractsView(Contracts contracts, CurrentUser currentUser, UserDirectory directory) {
        this.contracts = contracts;
        this.labels = new ContractLabels(this, getLocale(), directory);
        this.withOwner = ContractLabels.seesOthers(currentUser);
        setId("contracts-view");
        setSizeFull();
        add(header(), filters(withOwner ? ContractLabels.owners(currentUser, directory) : List.of()), customerFilter,
                grid);
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Optional<Long> quote = parameters.getSingleParameter(QUOTE_PARAMETER).flatMap(ContractsView::number);
        if (quote.isPresent()) {
            Optional<ContractSummary> contract = contracts.ofQuote(quote.get());
            if (contract.isPresent()) {
                event.forwardTo(ContractView.class, new RouteParameters("id", String.valueOf(contract.get().id())));
                return;
            }
            UiMessages.error(getTranslation("contract.noContractOfQuote"));
        }
        customerId = parameters.getSingleParameter(CUSTOMER_PARAMETER).flatMap(ContractsView::number).orElse(null);
        showCustomerFilter();
        refresh();
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Component header() {
        H2 heading = new H2(getTranslation("contract.list.title"));
        heading.setId("contracts-heading");
        total.setId("contracts-total");
        // The download runs in its own request, outside the UI's lock: it takes the filter the grid shows.
        Anchor export = new Anchor((DownloadHandler) event -> {
            event.setFileName("contracts-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            writeCsv(shownFilter, event.getOutputStream());
        }, "");
        export.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("contract.list.export")));
        export.setId("contracts-export");
        export.getElement().setAttribute("download", true);
        export.getStyle().set("margin-left", "auto");
        HorizontalLayout header = new HorizontalLayout(heading, total, export);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters(List<String> owners) {
        HorizontalLayout filters = new FilterRow();
        FilterRow.search(text, "contracts-search", getTranslation("contract.list.searchLabel"),
                getTranslation("contract.list.search"), "17em", this::refresh);

        statuses.setId("contracts-status");
        statuses.setLabel(getTranslation("contract.status"));
        statuses.setItems(ContractStatus.values());
        statuses.setItemLabelGenerator(labels::status);
        statuses.setPlaceholder(getTranslation("filter.any"));
        statuses.setClearButtonVisible(true);
        statuses.setWidth("16em");
        statuses.addValueChangeListener(change -> refresh());
        filters.add(text, statuses);

        if (withOwner) {
            owner.setId("contracts-owner");
            owner.setLabel(getTranslation("contract.owner"));
            owner.setItems(owners);
            owner.setItemLabelGenerator(labels::personWithLogin);
            owner.setClearButtonVisible(true);
            owner.setPlaceholder(getTranslation("filter.any"));
            owner.setWidth("12em");
            owner.addValueChangeListener(change -> refresh());
            filters.add(owner);
        }
        return filters;
    }

    private void showCustomerFilter() {
        customerFilter.removeAll();
        customerFilter.setId("contracts-customer-filter");
        customerFilter.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        customerFilter.setVisible(customerId != null);
        if (customerId == null) {
            return;
        }
        Anchor link = new Anchor("customers/" + customerId, getTranslation("contract.list.customerLink"));
        link.setId("contracts-customer");
        Button all = new Button(getTranslation("contract.list.all"), VaadinIcon.CLOSE_SMALL.create(),
                click -> UI.getCurrent().navigate(ContractsView.class));
        all.setId("contracts-customer-clear");
        all.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        customerFilter.add(new Span(getTranslation("contract.list.ofCustomer")), link, all);
    }

    private void configureGrid() {
        grid.setId("contracts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ContractSummary::label).setHeader(getTranslation("contract.number"))
                .setSortProperty("number", "versionNo").setWidth("12rem").setFlexGrow(0);
        grid.addColumn(ContractSummary::customerName).setHeader(getTranslation("contract.customer"))
                .setWidth("12rem").setFlexGrow(2);
        grid.addComponentColumn(c -> labels.statusBadge(c.status())).setHeader(getTranslation("contract.status"))
                .setSortProperty("status").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(c -> labels.money(c.total(), c.currency())).setHeader(getTranslation("contract.total"))
                .setSortProperty("total").setWidth("10rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> labels.money(c.outstanding(), c.currency()))
                .setHeader(getTranslation("contract.outstanding")).setWidth("10rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(c -> labels.person(c.owner())).setHeader(getTranslation("contract.owner"))
                .setSortProperty("owner").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(c -> labels.date(c.signedOn())).setHeader(getTranslation("contract.signedOn"))
                .setSortProperty("signedOn").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(c -> labels.dateTime(c.updatedAt())).setHeader(getTranslation("contract.updatedAt"))
                .setSortProperty("updatedAt").setWidth("10rem").setFlexGrow(0);
        grid.addItemClickListener(click -> {
            if (click.getItem() != null) {
                UI.getCurrent().navigate(ContractView.class,
                        new RouteParameters("id", String.valueOf(click.getItem().id())));
            }
        });
        grid.setSizeFull();
    }

    /** Counts once: the grid and the total show the same number. */
    private void refresh() {
        ContractFilter filter = filter();
        shownFilter = filter;
        long count = contracts.count(filter);
        grid.setItems(query -> contracts.list(filter, NewestFirst.unlessSorted(
                VaadinSpringDataHelpers.toSpringPageRequest(query))).stream(), query -> (int) count);
        total.setText(getTranslation("list.total", count));
    }

    private ContractFilter filter() {
        String search = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        return new ContractFilter(search, statuses.getValue(), customerId, withOwner ? owner.getValue() : null);
    }

    /** The list as filtered now, as CSV with a byte order mark so that spreadsheets read Chinese names. */
    private void writeCsv(ContractFilter filter, java.io.OutputStream out) throws java.io.IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader("number", "version",
                "quoteNumber", "customerId", "customer", "status", "currency", "total", "outstanding", "owner",
                "signedOn", "createdAt", "updatedAt").get())) {
            Page<ContractSummary> page = contracts.list(filter, PageRequest.of(0, EXPORT_PAGE,
                    Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
            while (true) {
                for (ContractSummary c : page.getContent()) {
                    csv.printRecord(c.number(), c.versionNo(), c.quoteNumber(), c.customerId(), c.customerName(),
                            c.status(), c.currency(), c.total() == null ? "" : c.total().toPlainString(),
                            c.outstanding() == null ? "" : c.outstanding().toPlainString(), c.owner(), c.signedOn(),
                            c.createdAt(), c.updatedAt());
                }
                if (!page.hasNext()) {
                    break;
                }
                page = contracts.list(filter, page.nextPageable());
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contract.list.title") + " · Salesflow";
    }
}
