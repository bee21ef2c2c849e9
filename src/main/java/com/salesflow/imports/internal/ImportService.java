package com.salesflow.imports.internal;

import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.imports.ImportJobView;
import com.salesflow.imports.ImportJobView.Rejection;
import com.salesflow.imports.ImportJobView.Status;
import com.salesflow.imports.ImportKind;
import com.salesflow.imports.ImportRow;
import com.salesflow.imports.ImportRowHandler;
import com.salesflow.imports.Imports;
import com.salesflow.imports.SpreadsheetText;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class ImportService implements Imports {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final int REJECTIONS_SHOWN = 1000;

    private final Map<ImportKind, ImportRowHandler<?>> handlers = new EnumMap<>(ImportKind.class);
    private final ImportJobRepository jobs;
    private final ImportRejectionRepository rejections;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    // One import of a kind at a time: predictable load, and rows of two files cannot race on the duplicate checks.
    // Kinds have their own worker so that a long lead import (a process per row) does not hold up customers.
    private final Map<ImportKind, ExecutorService> workers = new EnumMap<>(ImportKind.class);

    ImportService(List<ImportRowHandler<?>> handlers, ImportJobRepository jobs, ImportRejectionRepository rejections,
            CurrentUser currentUser, TransactionTemplate transaction, Clock clock) {
        handlers.forEach(handler -> this.handlers.put(handler.kind(), handler));
        this.jobs = jobs;
        this.rejections = rejections;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
        for (ImportKind kind : this.handlers.keySet()) {
            String name = kind.name().toLowerCase(Locale.ROOT) + "-import";
            workers.put(kind, Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, name);
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    @PreDestroy
    void stop() {
        workers.values().forEach(ExecutorService::shutdownNow);
    }

    @Override
    public ImportJobView start(ImportKind kind, String fileName, InputStream content) throws IOException {
        ImportRowHandler<?> handler = handler(kind);
        if (!handler.mayImport()) {
            throw new AccessDeniedException("You may not import " + kind.name().toLowerCase(Locale.ROOT) + ".");
        }
        String name = fileName == null ? "import" : fileName.strip();
        boolean xlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (!xlsx && !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw InvalidInputException.of("file", "import.type", "Upload a .csv or .xlsx file.");
        }
        Path upload = Files.createTempFile("salesflow-import-", xlsx ? ".xlsx" : ".csv");
        Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
        ImportJob job = jobs.save(new ImportJob(kind, currentUser.requireUsername(), clock.instant(), name));
        workers.get(kind).execute(new DelegatingSecurityContextRunnable(() -> run(handler, job.getId(), upload,
                xlsx)));
        return view(job);
    }

    @Override
    public boolean mayImport(ImportKind kind) {
        return handlers.containsKey(kind) && handlers.get(kind).mayImport();
    }

    @Override
    public ImportJobView job(long id) {
        return view(visibleJob(id));
    }

    @Override
    public void writeRejections(long id, Writer out) throws IOException {
        visibleJob(id);
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("row", "field", "reason").get());
        for (ImportRejection rejection : rejections.findByJobIdOrderByRowNumberAscIdAsc(id, PageRequest.of(0,
                Integer.MAX_VALUE))) {
            csv.printRecord(rejection.getRowNumber(), rejection.getField(),
                    SpreadsheetText.neutralised(rejection.getReason()));
        }
        csv.flush();
    }

    @Override
    public void writeTemplate(ImportKind kind, boolean xlsx, OutputStream out) throws IOException {
        ImportRowHandler<?> handler = handler(kind);
        List<String> columns = handler.templateColumns();
        List<String> example = handler.templateExample().stream().map(SpreadsheetText::neutralised).toList();
        if (xlsx) {
            Workbook workbook = new Workbook(out, "Salesflow", "1.0");
            Worksheet sheet = workbook.newWorksheet(kind.name().toLowerCase(Locale.ROOT));
            for (int col = 0; col < columns.size(); col++) {
                sheet.value(0, col, columns.get(col));
                sheet.style(0, col).bold().set();
                sheet.value(1, col, example.get(col));
            }
            workbook.finish();
        } else {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write('\uFEFF'); // so that Excel reads the file as UTF-8 (Chinese text)
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT);
            csv.printRecord(columns);
            csv.printRecord(example);
            csv.flush();
        }
    }

    private ImportRowHandler<?> handler(ImportKind kind) {
        ImportRowHandler<?> handler = handlers.get(kind);
        if (handler == null) {
            throw InvalidInputException.of("kind", "import.kind", "Nothing imports " + kind + ".");
        }
        return handler;
    }

    private ImportJob visibleJob(long id) {
        return jobs.findById(id)
                .filter(job -> job.getCreatedBy().equals(currentUser.requireUsername())
                        || currentUser.hasRole(Roles.ADMINS))
                .orElseThrow(() -> new NotFoundException("No import with id " + id));
    }

    private <T> void run(ImportRowHandler<T> handler, long jobId, Path upload, boolean xlsx) {
        Counts counts = new Counts();
        try {
            counts.total = ImportFiles.countRows(upload, xlsx);
            saveProgress(jobId, counts);
            List<ImportRow> batch = new ArrayList<>(handler.batchSize());
            ImportFiles.read(upload, xlsx, handler.headerAliases(), row -> {
                batch.add(row);
                if (batch.size() == handler.batchSize()) {
                    importBatch(handler, jobId, batch, counts);
                    batch.clear();
                }
            });
            importBatch(handler, jobId, batch, counts);
            finish(jobId, Status.DONE, null);
        } catch (Exception e) {
            log.warn("Import {} failed", jobId, e);
            counts.total = counts.processed;
            saveProgress(jobId, counts);
            finish(jobId, Status.FAILED, "The file could not be read: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                log.warn("Could not delete {}", upload, e);
            }
        }
    }

    private static final class Counts {
        int total;
        int processed;
        int imported;
        int rejected;
    }

    /** Parses the rows, imports those without errors, and records the progress and the rejected rows. */
    private <T> void importBatch(ImportRowHandler<T> handler, long jobId, List<ImportRow> rows, Counts counts) {
        if (rows.isEmpty()) {
            return;
        }
        List<List<FieldError>> parseErrors = new ArrayList<>();
        List<T> parsed = new ArrayList<>();
        for (ImportRow row : rows) {
            List<FieldError> errors = new ArrayList<>();
            T item = handler.parse(row, errors);
            parseErrors.add(errors);
            parsed.add(errors.isEmpty() ? item : null);
        }
        Iterator<List<FieldError>> results = importAll(handler, parsed.stream().filter(Objects::nonNull).toList())
                .iterator();
        List<ImportRejection> rejected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldError> errors = parsed.get(i) == null ? parseErrors.get(i) : results.next();
            int rowNumber = rows.get(i).number();
            counts.processed++;
            if (errors.isEmpty()) {
                counts.imported++;
            } else {
                counts.rejected++;
                errors.forEach(error -> rejected.add(new ImportRejection(jobId, rowNumber, error.field(),
                        error.message())));
            }
        }
        transaction.executeWithoutResult(status -> {
            rejections.saveAll(rejected);
            jobs.findById(jobId).ifPresent(job -> job.progress(counts.total, counts.processed, counts.imported,
                    counts.rejected));
        });
    }

    /**
     * The batch in one transaction; should it fail (a row the checks let through but the database or the process
     * refuses), the rows one by one, each in its own transaction, so that one bad row does not cost the others.
     */
    private <T> List<List<FieldError>> importAll(ImportRowHandler<T> handler, List<T> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        try {
            return transaction.execute(status -> handler.importAll(items));
        } catch (RuntimeException batchFailed) {
            log.info("Import batch refused ({}); importing its rows one by one", batchFailed.getMessage());
            List<List<FieldError>> outcomes = new ArrayList<>();
            for (T item : items) {
                try {
                    outcomes.add(transaction.execute(status -> handler.importAll(List.of(item))).get(0));
                } catch (InvalidInputException e) {
                    outcomes.add(e.errors());
                } catch (ConflictException | AccessDeniedException | DataAccessException e) {
                    log.info("Import row refused", e);
                    outcomes.add(List.of(new FieldError(null, "import.refused", "The database refused this row.")));
                } catch (RuntimeException e) {
                    // A process that cannot start (e.g. a team with nobody to take leads) refuses the row, not the file.
                    log.warn("Import row refused", e);
                    outcomes.add(List.of(new FieldError(null, "import.rowFailed", "This row could not be imported: "
                            + rootMessage(e))));
                }
            }
            return outcomes;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return Objects.toString(cause.getMessage(), cause.getClass().getSimpleName());
    }

    private void saveProgress(long jobId, Counts counts) {
        transaction.executeWithoutResult(status -> jobs.findById(jobId).ifPresent(job -> job.progress(counts.total,
                counts.processed, counts.imported, counts.rejected)));
    }

    private void finish(long jobId, Status status, String message) {
        transaction.executeWithoutResult(status1 -> jobs.findById(jobId)
                .ifPresent(job -> job.finish(status, clock.instant(), message)));
    }

    private ImportJobView view(ImportJob job) {
        List<Rejection> shown = rejections.findByJobIdOrderByRowNumberAscIdAsc(job.getId(),
                PageRequest.of(0, REJECTIONS_SHOWN)).stream()
                .map(r -> new Rejection(r.getRowNumber(), r.getField(), r.getReason())).toList();
        return new ImportJobView(job.getId(), job.getKind(), job.getFileName(), job.getCreatedBy(),
                job.getCreatedAt(), job.getStatus(), job.getTotalRows(), job.getProcessedRows(),
                job.getImportedRows(), job.getRejectedRows(), job.getFinishedAt(), job.getMessage(), shown);
    }
}
