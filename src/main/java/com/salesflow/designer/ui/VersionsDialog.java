package com.salesflow.designer.ui;

import com.salesflow.designer.Deployed;
import com.salesflow.designer.Designer;
import com.salesflow.designer.ModelDetails;
import com.salesflow.designer.ModelKind;
import com.salesflow.designer.ModelVersion;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;

/**
 * Every deployed version with who, when, why and the instances running on it; an older version can be downloaded,
 * deployed again (roll back), or have its running instances migrated to the latest.
 */
class VersionsDialog extends Dialog {

    private final Designer designer;
    private final ModelDetails details;
    private final Runnable reopen;

    VersionsDialog(Designer designer, ModelDetails details, Runnable reopen) {
        this.designer = designer;
        this.details = details;
        this.reopen = reopen;
        DesignerLabels labels = new DesignerLabels(this);
        setId("versions-dialog");
        setHeaderTitle(getTranslation("designer.versionsTitle", details.summary().fileName()));
        setWidth("min(70rem, 95vw)");
        Grid<ModelVersion> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(version -> "v" + version.version()).setHeader(getTranslation("designer.version"))
                .setWidth("5rem").setFlexGrow(0);
        grid.addColumn(version -> labels.dateTime(version.deployedAt())).setHeader(getTranslation("designer.deployedAt"))
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(version -> labels.deployedBy(version.deployedBy())).setHeader(getTranslation("designer.deployedBy"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(version -> version.action() == null ? "" : getTranslation("designer.action." + version.action()))
                .setHeader(getTranslation("designer.actionColumn")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(version -> version.comment() == null ? "" : version.comment())
                .setHeader(getTranslation("designer.comment")).setFlexGrow(1);
        if (details.summary().kind() == ModelKind.BPMN) {
            grid.addColumn(ModelVersion::runningInstances).setHeader(getTranslation("designer.running"))
                    .setWidth("6rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        }
        int latest = details.summary().deployedVersion();
        grid.addComponentColumn(version -> {
            HorizontalLayout actions = new HorizontalLayout();
            Button download = small(VaadinIcon.DOWNLOAD, "designer.download", click -> UI.getCurrent().getPage()
                    .open("/api/designer/models/" + details.summary().fileName() + "/versions/" + version.version()
                            + "/file", "_blank"));
            actions.add(download);
            if (version.version() != latest) {
                Button rollback = small(VaadinIcon.ARROW_BACKWARD, "designer.rollback", click -> rollback(version));
                rollback.setId("rollback-" + version.version());
                actions.add(rollback);
            }
            if (version.version() != latest && version.runningInstances() > 0) {
                Button migrate = small(VaadinIcon.EXCHANGE, "designer.migrate", click -> {
                    try {
                        new MigrationDialog(designer, details.summary().fileName(), version.version(), () -> {
                            close();
                            reopen.run();
                        }).open();
                    } catch (InvalidInputException e) {
                        UiMessages.error(labels.firstError(e));
                    }
                });
                migrate.setId("migrate-" + version.version());
                actions.add(migrate);
            }
            return actions;
        }).setHeader(getTranslation("designer.actions")).setWidth("22rem").setFlexGrow(0);
        grid.setItems(details.versions());
        add(grid);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    private Button small(VaadinIcon icon, String key,
            com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> action) {
        Button button = new Button(getTranslation(key), icon.create(), action);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void rollback(ModelVersion version) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("designer.rollbackTitle", version.version()));
        TextArea comment = new TextArea(getTranslation("designer.comment"));
        comment.setId("rollback-comment");
        comment.setWidth("26rem");
        comment.setRequired(true);
        confirm.add(comment);
        Button go = new Button(getTranslation("designer.rollback"), click -> {
            try {
                Deployed made = designer.rollback(details.summary().fileName(), version.version(), comment.getValue());
                confirm.close();
                close();
                UiMessages.success(getTranslation("designer.deployed", made.version()));
                reopen.run();
            } catch (InvalidInputException e) {
                UiMessages.showFieldErrors(e, Map.of("comment", comment), this);
            } catch (ConflictException e) {
                UiMessages.conflict(e, this);
            }
        });
        go.setId("rollback-confirm");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(new Button(getTranslation("action.cancel"), click -> confirm.close()), go);
        confirm.open();
    }
}
