package com.salesflow.product.ui;

import com.salesflow.imports.ImportKind;
import com.salesflow.imports.Imports;
import com.salesflow.imports.ui.ImportDialog;
import com.salesflow.product.ProductFilter;
import com.salesflow.product.ProductSummary;
import com.salesflow.product.Products;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The product catalogue (产品目录). Everyone signed in looks products up; administrators also create, edit,
 * deactivate and import them (the service refuses anyone else, whatever the screen shows).
 */
@Route("products")
@PermitAll
@Menu(order = 30, icon = "vaadin:package", title = "nav.products")
public class ProductsView extends VerticalLayout implements HasDynamicTitle {

    /** Which products the list shows; empty selection: all. */
    enum Shown { ACTIVE, INACTIVE }

    private final Products products;
    private final Imports imports;
    private final CatalogueLabels labels;
    private final boolean maintain;
    private final Grid<ProductSummary> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField search = new TextField();
    private final Select<Shown> shown = new Select<>();

    ProductsView(Products products, Imports imports) {
        this.products = products;
        this.imports = imports;
        this.labels = new CatalogueLabels(this, getLocale());
        this.maintain = products.mayMaintain();
        setId("products-view");
        setSizeFull();
        add(header(), filters(), grid);
        configureGrid();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.products") + " · Salesflow";
    }

    private Component header() {
        H2 heading = new H2(getTranslation("nav.products"));
        total.setId("products-total");
        HorizontalLayout header = new HorizontalLayout(heading, total);
        if (maintain) {
            Button create = new Button(getTranslation("products.new"), VaadinIcon.PLUS.create(),
                    click -> new ProductDialog(products, null, this::refresh).open());
            create.setId("new-product");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.getStyle().set("margin-left", "auto");
            header.add(create);
        }
        if (imports.mayImport(ImportKind.PRODUCTS)) {
            Button importButton = new Button(getTranslation("products.import"), VaadinIcon.UPLOAD.create(),
                    click -> new ImportDialog(imports, ImportKind.PRODUCTS, this::refresh).open());
            importButton.setId("import-products");
            header.add(importButton);
        }
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters() {
        search.setId("products-search");
        search.setLabel(getTranslation("products.searchLabel"));
        search.setPlaceholder(getTranslation("products.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("19em");
        search.addValueChangeListener(change -> refresh());
        shown.setId("products-active");
        shown.setLabel(getTranslation("products.status"));
        shown.setEmptySelectionAllowed(true);
        shown.setEmptySelectionCaption(getTranslation("filter.any"));
        shown.setItems(Shown.values());
        shown.setItemLabelGenerator(value -> value == null ? getTranslation("filter.any")
                : getTranslation(value == Shown.ACTIVE ? "products.active" : "products.inactive"));
        shown.setValue(Shown.ACTIVE);
        shown.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(search, shown);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private void configureGrid() {
        grid.setId("products-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ProductSummary::code).setHeader(getTranslation("product.code")).setSortProperty("code")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(ProductSummary::nameZh).setHeader(getTranslation("product.nameZh")).setSortProperty("nameZh")
                .setWidth("12rem").setFlexGrow(2);
        grid.addColumn(ProductSummary::nameEn).setHeader(getTranslation("product.nameEn")).setSortProperty("nameEn")
                .setWidth("14rem").setFlexGrow(2);
        grid.addColumn(ProductSummary::unit).setHeader(getTranslation("product.unit")).setSortProperty("unit")
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(product -> labels.money(product.listPrice()) + " " + product.currency())
                .setHeader(getTranslation("product.listPrice")).setSortProperty("listPrice")
                .setTextAlign(ColumnTextAlign.END).setWidth("10rem").setFlexGrow(0);
        if (products.maySeeCost()) {
            grid.addColumn(product -> labels.money(product.cost())).setHeader(getTranslation("product.cost"))
                    .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        }
        grid.addColumn(product -> CatalogueLabels.percent(product.taxRate()))
                .setHeader(getTranslation("product.taxRate")).setTextAlign(ColumnTextAlign.END).setWidth("5rem")
                .setFlexGrow(0);
        grid.addComponentColumn(product -> labels.activeBadge(product.active()))
                .setHeader(getTranslation("products.status")).setWidth("7rem").setFlexGrow(0);
        if (maintain) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("action.actions")).setWidth("6rem")
                    .setFlexGrow(0);
        }
        grid.setSizeFull();
    }

    private HorizontalLayout actions(ProductSummary product) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(labels.action(VaadinIcon.EDIT, "action.edit",
                () -> new ProductDialog(products, product, this::refresh).open()));
        if (product.active()) {
            Button deactivate = labels.action(VaadinIcon.BAN, "products.deactivate", () -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("products.deactivate.title", product.code()),
                        getTranslation("products.deactivate.text"), getTranslation("products.deactivate"),
                        event -> setActive(product, false), getTranslation("action.cancel"), event -> { });
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(deactivate);
        } else {
            actions.add(labels.action(VaadinIcon.PLAY, "products.activate", () -> setActive(product, true)));
        }
        return actions;
    }

    private void setActive(ProductSummary product, boolean active) {
        try {
            products.setActive(product.id(), active, product.version());
            UiMessages.success(getTranslation(active ? "products.activated" : "products.deactivated",
                    product.code()));
        } catch (ConflictException e) {
            UiMessages.conflict(e, this);
        }
        refresh();
    }

    /** Counts once, so that the grid and the total agree and the database is asked once. */
    private void refresh() {
        String text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        Boolean active = shown.getValue() == null ? null : shown.getValue() == Shown.ACTIVE;
        ProductFilter filter = new ProductFilter(text, active);
        long count = products.count(filter);
        grid.setItems(query -> products.list(filter, byCodeUnlessSorted(
                VaadinSpringDataHelpers.toSpringPageRequest(query))).stream(), query -> (int) count);
        total.setText(getTranslation("list.total", count));
    }

    private static PageRequest byCodeUnlessSorted(PageRequest page) {
        return page.withSort(page.getSort().isSorted() ? page.getSort().and(Sort.by("id")) : Sort.by("code"));
    }
}
