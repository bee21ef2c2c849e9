package com.salesflow.designer.ui;

import com.salesflow.designer.Designer;
import com.salesflow.designer.MigrationPreview;
import com.salesflow.designer.MigrationPreview.ActivityMapping;
import com.salesflow.designer.MigrationStatus;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;

/**
 * The migration plan of one version to the latest (what maps where, how many instances wait where, what cannot
 * move), then the batch's progress, polled every second, with the engine's reason for each instance that failed.
 */
class MigrationDialog extends Dialog {

    private final Designer designer;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final VerticalLayout failures = new VerticalLayout();
    private Registration polling;

    MigrationDialog(Designer designer, String fileName, int fromVersion, Runnable whenDone) {
        this.designer = designer;
        MigrationPreview preview = designer.previewMigration(fileName, fromVersion);
        setId("migration-dialog");
        setHeaderTitle(getTranslation("designer.migrationTitle", fileName, preview.sourceVersion(),
                preview.targetVersion()));
        setWidth("min(60rem, 95vw)");
        Span summary = new Span(getTranslation("designer.migrationSummary", preview.instances(),
                preview.mappings().size(), preview.unmapped().size()));
        summary.setId("migration-summary");
        List<ActivityMapping> rows = new ArrayList<>(preview.mappings());
        rows.addAll(preview.unmapped());
        Grid<ActivityMapping> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(m -> m.sourceName() + " (" + m.sourceActivityId() + ")")
                .setHeader(getTranslation("designer.migrationFrom", preview.sourceVersion()));
        grid.addColumn(m -> m.targetActivityId() == null ? getTranslation("designer.migrationNoTarget")
                : m.targetActivityId()).setHeader(getTranslation("designer.migrationTo", preview.targetVersion()));
        grid.addColumn(ActivityMapping::waiting).setHeader(getTranslation("designer.migrationWaiting"))
                .setTextAlign(ColumnTextAlign.END).setWidth("8rem").setFlexGrow(0);
        grid.setItems(rows);
        progress.setVisible(false);
        progress.setId("migration-progress");
        status.setId("migration-status");
        failures.setPadding(false);
        failures.setSpacing(false);
        add(new VerticalLayout(summary, grid, progress, status, failures));
        Button start = new Button(getTranslation("designer.migrateCount", preview.instances()));
        start.setId("migration-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(preview.migratable());
        start.addClickListener(click -> {
            try {
                MigrationStatus started = designer.migrate(fileName, fromVersion);
                start.setEnabled(false);
                progress.setVisible(true);
                show(started);
                follow(started.batchId());
            } catch (InvalidInputException e) {
                UiMessages.error(new DesignerLabels(this).firstError(e));
            }
        });
        Button close = new Button(getTranslation("action.close"), click -> {
            close();
            whenDone.run();
        });
        getFooter().add(close, start);
        addDetachListener(detach -> stopPolling());
    }

    private void follow(String batchId) {
        UI ui = UI.getCurrent();
        ui.setPollInterval(1000);
        polling = ui.addPollListener(poll -> {
            MigrationStatus current = designer.migrationStatus(batchId);
            show(current);
            if (current.finished()) {
                stopPolling();
            }
        });
    }

    private void show(MigrationStatus current) {
        progress.setValue(current.total() == 0 ? 1 : (double) (current.done() + current.failed()) / current.total());
        status.setText(getTranslation(current.finished() ? "designer.migrationFinished" : "designer.migrationRunning",
                current.done(), current.failed(), current.total()));
        failures.removeAll();
        current.failures().forEach(reason -> {
            Span line = new Span(reason);
            line.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
            failures.add(line);
        });
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            UI.getCurrent().setPollInterval(-1);
        }
    }
}
