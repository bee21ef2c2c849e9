package com.salesflow.designer.ui;

import com.salesflow.designer.Designer;
import com.salesflow.designer.ElementChange;
import com.salesflow.designer.ModelDetails;
import com.salesflow.designer.ModelKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The draft against the deployed version: for processes both diagrams side by side, the deployed one marking what
 * was removed or changed and the draft what was added or changed; for every kind the list of changes with what
 * changed in each.
 */
class CompareDialog extends Dialog {

    CompareDialog(Designer designer, ModelDetails details, String content) {
        List<ElementChange> changes = designer.diff(details.summary().fileName(), content);
        setId("compare-dialog");
        setHeaderTitle(getTranslation("designer.compareTitle", details.summary().fileName(),
                details.summary().deployedVersion()));
        setWidth("92vw");
        setHeight("88vh");
        VerticalLayout body = new VerticalLayout();
        body.setSizeFull();
        body.setPadding(false);
        Span summary = new Span(changes.isEmpty() ? getTranslation("designer.noChanges")
                : getTranslation("designer.changeCount", count(changes, ElementChange.Kind.ADDED),
                        count(changes, ElementChange.Kind.CHANGED), count(changes, ElementChange.Kind.REMOVED)));
        summary.setId("compare-summary");
        body.add(summary);
        if (details.summary().kind() == ModelKind.BPMN && details.deployedContent() != null) {
            body.add(diagrams(details.deployedContent(), content, changes));
        }
        Grid<ElementChange> list = new Grid<>();
        list.setId("compare-changes");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        list.addComponentColumn(change -> {
            Span badge = new Span(getTranslation("designer.change." + change.kind().name()));
            badge.getElement().getThemeList().add(switch (change.kind()) {
                case ADDED -> "badge success";
                case REMOVED -> "badge error";
                case CHANGED -> "badge";
            });
            return badge;
        }).setHeader(getTranslation("designer.change")).setWidth("8rem").setFlexGrow(0);
        list.addColumn(change -> change.name() == null ? change.elementId() : change.name() + " (" + change.elementId()
                + ")").setHeader(getTranslation("designer.element")).setFlexGrow(1);
        list.addColumn(ElementChange::elementType).setHeader(getTranslation("designer.elementType")).setWidth("10rem")
                .setFlexGrow(0);
        list.addColumn(change -> String.join("; ", change.details())).setHeader(getTranslation("designer.what"))
                .setFlexGrow(2);
        list.setItems(changes);
        list.setHeight(details.summary().kind() == ModelKind.BPMN ? "14rem" : "100%");
        body.add(list);
        add(body);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private static long count(List<ElementChange> changes, ElementChange.Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }

    private HorizontalLayout diagrams(String deployed, String draft, List<ElementChange> changes) {
        Map<String, String> before = new HashMap<>();
        Map<String, String> after = new HashMap<>();
        for (ElementChange change : changes) {
            switch (change.kind()) {
                case ADDED -> after.put(change.elementId(), BpmnEditor.ADDED);
                case REMOVED -> before.put(change.elementId(), BpmnEditor.REMOVED);
                case CHANGED -> {
                    before.put(change.elementId(), BpmnEditor.CHANGED);
                    after.put(change.elementId(), BpmnEditor.CHANGED);
                }
            }
        }
        HorizontalLayout sides = new HorizontalLayout(side("designer.deployedSide", deployed, before, "compare-before"),
                side("designer.draftSide", draft, after, "compare-after"));
        sides.setWidthFull();
        sides.getStyle().set("flex", "1 1 auto").set("min-height", "300px");
        return sides;
    }

    private VerticalLayout side(String titleKey, String content, Map<String, String> marks, String id) {
        BpmnEditor viewer = new BpmnEditor();
        viewer.setReadOnly(true);
        viewer.setId(id);
        viewer.setSizeFull();
        viewer.setContent(content);
        viewer.addImportedListener(imported -> viewer.showChanges(marks));
        Div frame = new Div(viewer);
        frame.setSizeFull();
        frame.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("position", "relative");
        VerticalLayout side = new VerticalLayout(new Span(getTranslation(titleKey)), frame);
        side.setPadding(false);
        side.setSizeFull();
        return side;
    }
}
