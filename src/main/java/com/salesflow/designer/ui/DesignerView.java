package com.salesflow.designer.ui;

import com.salesflow.designer.Designer;
import com.salesflow.designer.ModelKind;
import com.salesflow.designer.ModelSummary;
import com.salesflow.identity.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The Designer area (流程设计): every process, decision table and form with its deployed version, who deployed it
 * and when, the instances running on it and the newest draft; searched by name and filtered by kind. A row opens
 * the model's editor; "New model" starts one from a template.
 */
@Route("designer")
@RolesAllowed({Roles.DESIGNERS, Roles.ADMINS})
@Menu(order = 9.5, icon = "vaadin:sitemap", title = "designer.nav")
public class DesignerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Designer designer;
    private final DesignerLabels labels;
    private final Grid<ModelSummary> grid = new Grid<>();
    private final Span total = new Span();
    private final TextField text = new TextField();
    private final ComboBox<ModelKind> kind = new ComboBox<>();
    private final Checkbox draftsOnly = new Checkbox();
    private List<ModelSummary> models = List.of();

    DesignerView(Designer designer) {
        this.designer = designer;
        this.labels = new DesignerLabels(this);
        setId("designer-view");
        setSizeFull();
        add(header(), filters(), grid);
        expand(grid);
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        models = designer.models();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("designer.title");
    }

    private Component header() {
        H2 heading = new H2(getTranslation("designer.title"));
        total.setId("designer-total");
        Button create = new Button(getTranslation("designer.new"), VaadinIcon.PLUS.create(),
                click -> new NewModelDialog(designer).open());
        create.setId("designer-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.getStyle().set("margin-left", "auto");
        HorizontalLayout header = new HorizontalLayout(heading, total, create);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }

    private Component filters() {
        text.setId("designer-search");
        text.setLabel(getTranslation("designer.search"));
        text.setPlaceholder(getTranslation("designer.searchPlaceholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(change -> refresh());
        kind.setId("designer-kind");
        kind.setLabel(getTranslation("designer.kind"));
        kind.setItems(ModelKind.values());
        kind.setItemLabelGenerator(labels::kind);
        kind.setPlaceholder(getTranslation("filter.any"));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(change -> refresh());
        draftsOnly.setId("designer-drafts-only");
        draftsOnly.setLabel(getTranslation("designer.draftsOnly"));
        draftsOnly.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(text, kind, draftsOnly);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private void configureGrid() {
        grid.setId("designer-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setWidthFull();
        grid.addComponentColumn(labels::kindBadge).setHeader(getTranslation("designer.kind")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addComponentColumn(model -> {
            Anchor link = new Anchor("designer/" + model.fileName(), model.fileName());
            link.getElement().setAttribute("data-file", model.fileName());
            return link;
        }).setHeader(getTranslation("designer.file")).setWidth("14rem").setFlexGrow(1)
                .setComparator(ModelSummary::fileName);
        grid.addColumn(model -> model.name() == null ? "" : model.name()).setHeader(getTranslation("designer.name"))
                .setWidth("10rem").setFlexGrow(2);
        grid.addColumn(model -> model.deployedVersion() == 0 ? "—" : "v" + model.deployedVersion())
                .setHeader(getTranslation("designer.version")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(model -> labels.dateTime(model.deployedAt())).setHeader(getTranslation("designer.deployedAt"))
                .setWidth("10rem").setFlexGrow(0).setComparator(model -> model.deployedAt() == null ? 0
                        : model.deployedAt().toEpochMilli());
        grid.addColumn(model -> labels.deployedBy(model.deployedVersion() == 0 ? null : model.deployedBy()))
                .setHeader(getTranslation("designer.deployedBy")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(model -> model.kind() == ModelKind.BPMN ? String.valueOf(model.runningInstances()) : "")
                .setHeader(getTranslation("designer.running")).setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END).setComparator(ModelSummary::runningInstances);
        grid.addColumn(model -> model.draftNo() == null ? "" : getTranslation("designer.draftBy", model.draftNo(),
                model.draftAuthor(), labels.dateTime(model.draftSavedAt())))
                .setHeader(getTranslation("designer.draft")).setWidth("10rem").setFlexGrow(1);
        grid.addItemClickListener(click -> UI.getCurrent().navigate("designer/" + click.getItem().fileName()));
    }

    private void refresh() {
        List<ModelSummary> shown = models.stream()
                .filter(m -> kind.getValue() == null || m.kind() == kind.getValue())
                .filter(m -> !draftsOnly.getValue() || m.draftNo() != null)
                .filter(m -> m.matches(text.getValue()))
                .toList();
        grid.setItems(shown);
        total.setText(getTranslation("designer.total", shown.size(), models.size()));
    }
}
