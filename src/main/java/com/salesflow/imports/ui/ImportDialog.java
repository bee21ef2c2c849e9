package com.salesflow.imports.ui;

import com.salesflow.imports.ImportJobView;
import com.salesflow.imports.ImportKind;
import com.salesflow.imports.Imports;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.ui.UiMessages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;

/**
 * Upload a CSV or XLSX file of one {@link ImportKind} and watch the import: a progress bar while it runs, then what
 * was imported, the rejected rows with their reasons and the report to download. Offers the kind's template.
 */
public class ImportDialog extends Dialog {

    private static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Duration FOLLOW_AT_MOST = Duration.ofMinutes(30);

    private final Imports imports;
    private final Runnable onFinished;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Grid<ImportJobView.Rejection> rejected = new Grid<>();
    private final Anchor report = new Anchor();
    private boolean finished;

    /** @param onFinished runs when the job is done or failed, e.g. to refresh the list behind the dialog */
    public ImportDialog(Imports imports, ImportKind kind, Runnable onFinished) {
        this.imports = imports;
        this.onFinished = onFinished;
        String texts = kind == ImportKind.CUSTOMERS ? "import" : "import." + kind.name().toLowerCase(Locale.ROOT);
        setId("import-dialog");
        setHeaderTitle(getTranslation(texts + ".title"));
        setWidth("44rem");
        // The upload request follows its job and pushes the progress (the application has @Push); it carries the
        // user's login, which the job view needs.
        Upload upload = new Upload((UploadHandler) event -> {
            UI ui = event.getUI();
            ImportJobView started;
            try (InputStream content = event.getInputStream()) {
                started = imports.start(kind, event.getFileName(), content);
            } catch (InvalidInputException e) {
                ui.access(() -> UiMessages.error(getTranslation("import.wrongType")));
                return;
            } catch (AccessDeniedException e) {
                ui.access(() -> UiMessages.error(getTranslation("import.notAllowed")));
                return;
            }
            ImportJobView job = started;
            ui.access(() -> show(job));
            ImportJobView current = job;
            long deadline = System.currentTimeMillis() + FOLLOW_AT_MOST.toMillis();
            while (current.status() == ImportJobView.Status.RUNNING && System.currentTimeMillis() < deadline) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                ImportJobView latest = imports.job(job.id());
                ui.access(() -> show(latest));
                current = latest;
            }
        });
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(event -> UiMessages.error(event.getErrorMessage()));
        progress.setVisible(false);
        status.setId("import-status");
        rejected.setId("import-rejected");
        rejected.addColumn(ImportJobView.Rejection::row).setHeader(getTranslation("import.row")).setWidth("5rem")
                .setFlexGrow(0);
        rejected.addColumn(ImportJobView.Rejection::field).setHeader(getTranslation("import.field")).setWidth("9rem")
                .setFlexGrow(0);
        rejected.addColumn(ImportJobView.Rejection::reason).setHeader(getTranslation("import.reason")).setFlexGrow(1);
        rejected.setVisible(false);
        rejected.setHeight("14rem");
        report.setVisible(false);
        add(new Paragraph(getTranslation(texts + ".hint")), templates(kind), upload, progress, status, rejected,
                report);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
        addDialogCloseActionListener(event -> close());
    }

    private HorizontalLayout templates(ImportKind kind) {
        HorizontalLayout links = new HorizontalLayout(new Span(getTranslation("import.template")),
                template(kind, false), template(kind, true));
        links.setId("import-templates");
        links.setSpacing(true);
        return links;
    }

    private Anchor template(ImportKind kind, boolean xlsx) {
        String extension = xlsx ? "xlsx" : "csv";
        Anchor link = new Anchor((DownloadHandler) event -> {
            event.setFileName(kind.name().toLowerCase(Locale.ROOT) + "-template." + extension);
            event.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : "text/csv;charset=UTF-8");
            imports.writeTemplate(kind, xlsx, event.getOutputStream());
        }, "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + extension.toUpperCase(Locale.ROOT)));
        link.getElement().setAttribute("download", true);
        link.setId("import-template-" + extension);
        return link;
    }

    private void show(ImportJobView job) {
        progress.setVisible(true);
        progress.setIndeterminate(job.totalRows() == 0 && job.status() == ImportJobView.Status.RUNNING);
        progress.setValue(job.totalRows() == 0 ? 0 : Math.min(1.0, (double) job.processedRows() / job.totalRows()));
        status.setText(getTranslation("import.progress", job.processedRows(), job.totalRows(), job.importedRows(),
                job.rejectedRows()));
        if (job.status() == ImportJobView.Status.RUNNING || finished) {
            return;
        }
        finished = true;
        progress.setValue(1.0);
        if (job.status() == ImportJobView.Status.FAILED) {
            UiMessages.error(getTranslation("import.failed") + " " + job.message());
        } else {
            UiMessages.success(getTranslation("import.done", job.importedRows(), job.rejectedRows()));
        }
        if (job.rejectedRows() > 0) {
            rejected.setItems(job.rejections());
            rejected.setVisible(true);
            report.setHref((DownloadHandler) event -> {
                event.setFileName("import-" + job.id() + "-rejected-rows.csv");
                event.setContentType("text/csv;charset=UTF-8");
                try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                    imports.writeRejections(job.id(), out);
                }
            });
            report.removeAll();
            report.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + getTranslation("import.report")));
            report.getElement().setAttribute("download", true);
            report.setVisible(true);
        }
        onFinished.run();
    }
}
