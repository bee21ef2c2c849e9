package com.salesflow.designer.ui;

import com.salesflow.designer.DeployRequest;
import com.salesflow.designer.Deployed;
import com.salesflow.designer.Designer;
import com.salesflow.designer.ModelDetails;
import com.salesflow.designer.ModelDraft;
import com.salesflow.designer.ModelKind;
import com.salesflow.designer.ModelProblem;
import com.salesflow.designer.SaveDraft;
import com.salesflow.identity.Roles;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One model in its editor (bpmn-js with the Camunda 7 properties panel, dmn-js, form-js): save a draft, validate
 * with the problems marked on their elements, compare with the deployed version, deploy with a comment, download,
 * and from the versions roll back or migrate running instances; decision tables can be tried on past decisions
 * (what-if) before they are deployed.
 */
@Route("designer/:fileName")
@RolesAllowed({Roles.DESIGNERS, Roles.ADMINS})
public class ModelEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Designer designer;
    private final DesignerLabels labels;
    private final Span title = new Span();
    private final Span state = new Span();
    private final Div editorHolder = new Div();
    private final Grid<ModelProblem> problems = new Grid<>();
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private ModelEditor editor;
    private ModelDetails details;
    private String fileName;
    private Integer basedOnDraft;
    private boolean dirty;

    ModelEditorView(Designer designer) {
        this.designer = designer;
        this.labels = new DesignerLabels(this);
        setId("model-editor-view");
        setSizeFull();
        setPadding(false);
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        title.setId("model-title");
        state.setId("model-state");
        state.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Anchor back = new Anchor("designer", getTranslation("designer.back"));
        H2 heading = new H2(title);
        heading.getStyle().set("margin", "0");
        HorizontalLayout header = new HorizontalLayout(back, heading, state);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setId("model-toolbar");
        toolbar.getStyle().set("flex-wrap", "wrap");
        editorHolder.setId("model-editor-holder");
        editorHolder.setWidthFull();
        editorHolder.getStyle().set("flex", "1 1 auto").set("min-height", "420px").set("position", "relative")
                .set("border", "1px solid var(--lumo-contrast-10pct)");
        problems.setId("model-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setAllRowsVisible(true);
        problems.setVisible(false);
        problems.addColumn(p -> p.elementId() == null ? "—" : p.elementId())
                .setHeader(getTranslation("designer.element")).setWidth("14rem").setFlexGrow(0);
        problems.addColumn(labels::problem).setHeader(getTranslation("designer.problem")).setFlexGrow(1);
        problems.addItemClickListener(click -> {
            if (editor instanceof BpmnEditor bpmn && click.getItem().elementId() != null) {
                bpmn.selectElement(click.getItem().elementId());
            }
        });
        add(header, toolbar, editorHolder, problems);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        fileName = event.getRouteParameters().get("fileName").orElse("");
        try {
            details = designer.open(fileName);
        } catch (NotFoundException | InvalidInputException e) {
            UiMessages.error(getTranslation("designer.notFound", fileName));
            event.forwardTo(DesignerView.class);
            return;
        }
        editor = switch (details.summary().kind()) {
            case BPMN -> {
                BpmnEditor bpmn = new BpmnEditor();
                bpmn.setAllowedBeans(List.copyOf(designer.allowedBeans()));
                yield bpmn;
            }
            case DMN -> new DmnEditor();
            case FORM -> new FormEditor();
        };
        editor.setId("model-editor");
        editor.setSizeFull();
        editor.addChangedListener(change -> markDirty(true));
        editor.addImportedListener(imported -> {
            if (!imported.succeeded()) {
                UiMessages.error(getTranslation("designer.importFailed", imported.error()));
            }
        });
        editorHolder.removeAll();
        editorHolder.add(editor);
        load(details);
        buildToolbar();
    }

    @Override
    public String getPageTitle() {
        return fileName + " · " + getTranslation("designer.title");
    }

    private void load(ModelDetails opened) {
        details = opened;
        basedOnDraft = opened.draft() == null ? null : opened.draft().draftNo();
        editor.setContent(opened.workingContent());
        title.setText(opened.summary().fileName());
        showProblems(List.of());
        markDirty(false);
    }

    private void markDirty(boolean changed) {
        dirty = changed;
        int version = details.summary().deployedVersion();
        String deployed = version == 0 ? getTranslation("designer.neverDeployed")
                : getTranslation("designer.deployedVersion", version,
                        labels.deployedBy(details.summary().deployedBy()),
                        labels.dateTime(details.summary().deployedAt()));
        String draft = basedOnDraft == null ? "" : " · " + getTranslation("designer.onDraft", basedOnDraft);
        state.setText(deployed + draft + (dirty ? " · " + getTranslation("designer.unsaved") : ""));
        state.getElement().setAttribute("data-dirty", String.valueOf(dirty));
    }

    private void buildToolbar() {
        toolbar.removeAll();
        toolbar.add(button("model-save", "designer.saveDraft", VaadinIcon.DISC, click -> saveDraft()),
                button("model-validate", "designer.validate", VaadinIcon.CHECK_SQUARE_O, click -> validate()),
                button("model-compare", "designer.compare", VaadinIcon.SPLIT_H, click -> compare()));
        if (details.summary().kind() == ModelKind.DMN && details.summary().deployedVersion() > 0) {
            toolbar.add(button("model-what-if", "designer.whatIf", VaadinIcon.FLASK,
                    click -> withContent(content -> new WhatIfDialog(designer, details.summary().key(), content)
                            .open())));
        }
        toolbar.add(button("model-download", "designer.download", VaadinIcon.DOWNLOAD, click -> download()),
                button("model-versions", "designer.versions", VaadinIcon.TIME_BACKWARD,
                        click -> new VersionsDialog(designer, details, () -> load(designer.open(fileName))).open()));
        Button deploy = button("model-deploy", "designer.deploy", VaadinIcon.UPLOAD, click -> deploy());
        deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        deploy.getStyle().set("margin-left", "auto");
        toolbar.add(deploy);
        toolbar.setWidthFull();
    }

    private Button button(String id, String key, VaadinIcon icon,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> action) {
        Button button = new Button(getTranslation(key), icon.create(), action);
        button.setId(id);
        return button;
    }

    /** The editor's current content, read from the browser. */
    private void withContent(Consumer<String> action) {
        editor.content().thenAccept(action).exceptionally(failure -> {
            UiMessages.error(getTranslation("designer.readFailed", failure.getMessage()));
            return null;
        });
    }

    private void saveDraft() {
        withContent(content -> {
            try {
                ModelDraft saved = designer.saveDraft(new SaveDraft(fileName, content, basedOnDraft));
                basedOnDraft = saved.draftNo();
                markDirty(false);
                UiMessages.success(getTranslation("designer.draftSaved", saved.draftNo()));
            } catch (InvalidInputException e) {
                showErrors(e);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
            }
        });
    }

    private void validate() {
        withContent(content -> {
            List<ModelProblem> found = designer.validate(fileName, content);
            showProblems(found);
            if (found.isEmpty()) {
                UiMessages.success(getTranslation("designer.valid"));
            }
        });
    }

    private void showProblems(List<ModelProblem> found) {
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
        editor.showProblems(found);
    }

    private void showErrors(InvalidInputException e) {
        List<ModelProblem> found = e.errors().stream()
                .map(error -> new ModelProblem(error.field().startsWith("content#")
                        ? error.field().substring("content#".length()) : null, error.code(), error.message()))
                .toList();
        if (e.errors().stream().allMatch(error -> error.field().startsWith("content"))) {
            showProblems(found);
        }
        UiMessages.error(labels.firstError(e));
    }

    private void compare() {
        withContent(content -> {
            try {
                new CompareDialog(designer, details, content).open();
            } catch (InvalidInputException e) {
                showErrors(e);
            }
        });
    }

    private void download() {
        withContent(content -> UI.getCurrent().getPage().executeJs("""
                const link = document.createElement('a');
                link.href = URL.createObjectURL(new Blob([$0], {type: $2}));
                link.download = $1;
                document.body.appendChild(link);
                link.click();
                setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
                """, content, fileName, fileName.endsWith(".form") ? "application/json" : "application/xml"));
    }

    private void deploy() {
        withContent(content -> {
            List<ModelProblem> found = designer.validate(fileName, content);
            showProblems(found);
            if (!found.isEmpty()) {
                UiMessages.error(getTranslation("designer.cannotDeploy", found.size()));
                return;
            }
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("designer.deployTitle", fileName));
            TextArea comment = new TextArea(getTranslation("designer.comment"));
            comment.setId("deploy-comment");
            comment.setWidth("28rem");
            comment.setRequired(true);
            comment.setMaxLength(1000);
            comment.setHelperText(getTranslation("designer.commentHelp"));
            dialog.add(comment);
            Button confirm = new Button(getTranslation("designer.deploy"), click -> {
                try {
                    Deployed made = designer.deploy(new DeployRequest(fileName, content, comment.getValue(),
                            details.summary().deployedVersion()));
                    dialog.close();
                    UiMessages.success(getTranslation("designer.deployed", made.version()));
                    load(designer.open(fileName));
                    buildToolbar();
                } catch (InvalidInputException e) {
                    UiMessages.showFieldErrors(e, Map.of("comment", comment), this);
                } catch (ConflictException e) {
                    UiMessages.conflict(e, this);
                }
            });
            confirm.setId("deploy-confirm");
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
            dialog.open();
            comment.focus();
        });
    }
}
