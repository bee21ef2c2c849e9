package com.salesflow.customer.internal;

import com.salesflow.customer.CreditRating;
import com.salesflow.customer.CustomerForm;
import com.salesflow.customer.CustomerImport;
import com.salesflow.customer.CustomerType;
import com.salesflow.customer.Grade;
import com.salesflow.customer.ImportJobView;
import com.salesflow.customer.ImportJobView.Rejection;
import com.salesflow.customer.ImportJobView.Status;
import com.salesflow.customer.Lifecycle;
import com.salesflow.customer.Source;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import com.salesflow.shared.NotFoundException;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class CustomerImportService implements CustomerImport {

    private static final Logger log = LoggerFactory.getLogger(CustomerImportService.class);
    private static final int BATCH = 500;
    private static final int REJECTIONS_SHOWN = 1000;

    private final CustomerService customers;
    private final ImportJobRepository jobs;
    private final ImportRejectionRepository rejections;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final Clock clock;
    // One import at a time: predictable load, and rows of two files cannot race on the duplicate check.
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "customer-import");
        thread.setDaemon(true);
        return thread;
    });

    CustomerImportService(CustomerService customers, ImportJobRepository jobs,
            ImportRejectionRepository rejections, CurrentUser currentUser, TransactionTemplate transaction,
            Clock clock) {
        this.customers = customers;
        this.jobs = jobs;
        this.rejections = rejections;
        this.currentUser = currentUser;
        this.transaction = transaction;
        this.clock = clock;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    @Override
    public ImportJobView start(String fileName, InputStream content) throws IOException {
        String name = fileName == null ? "import" : fileName.strip();
        boolean xlsx = name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        if (!xlsx && !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw InvalidInputException.of("file", "import.type", "Upload a .csv or .xlsx file.");
        }
        Path upload = Files.createTempFile("salesflow-import-", xlsx ? ".xlsx" : ".csv");
        Files.copy(content, upload, StandardCopyOption.REPLACE_EXISTING);
        ImportJob job = jobs.save(new ImportJob(currentUser.requireUsername(), clock.instant(), name));
        worker.execute(new DelegatingSecurityContextRunnable(() -> run(job.getId(), upload, xlsx)));
        return view(job);
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
                    CustomerExportService.neutralised(rejection.getReason()));
        }
        csv.flush();
    }

    private ImportJob visibleJob(long id) {
        return jobs.findById(id)
                .filter(job -> job.getCreatedBy().equals(currentUser.requireUsername())
                        || currentUser.hasRole(Roles.ADMINS))
                .orElseThrow(() -> new NotFoundException("No import with id " + id));
    }

    private void run(long jobId, Path upload, boolean xlsx) {
        Counts counts = new Counts();
        try {
            counts.total = xlsx ? (int) Math.max(0, countXlsxRows(upload) - 1) : countCsvRows(upload);
            saveProgress(jobId, counts);
            List<Map<String, String>> batch = new ArrayList<>(BATCH);
            Consumer<Map<String, String>> collect = row -> {
                batch.add(row);
                if (batch.size() == BATCH) {
                    importBatch(jobId, batch, counts);
                    batch.clear();
                }
            };
            if (xlsx) {
                readXlsx(upload, collect);
            } else {
                readCsv(upload, collect);
            }
            importBatch(jobId, batch, counts);
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

    /** Rows imported in one transaction; each row still lands whole or not at all. */
    private void importBatch(long jobId, List<Map<String, String>> rows, Counts counts) {
        if (rows.isEmpty()) {
            return;
        }
        List<List<FieldError>> outcomes = new ArrayList<>();
        List<CustomerForm> forms = new ArrayList<>();
        for (Map<String, String> row : rows) {
            List<FieldError> errors = new ArrayList<>();
            CustomerForm form = toForm(row, errors);
            outcomes.add(errors);
            forms.add(errors.isEmpty() ? form : null);
        }
        List<CustomerForm> parsed = forms.stream().filter(Objects::nonNull).toList();
        Iterator<List<FieldError>> results = createAll(parsed).iterator();
        List<ImportRejection> rejected = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<FieldError> errors = forms.get(i) == null ? outcomes.get(i) : results.next();
            int rowNumber = counts.processed + 2; // the header is row 1
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
     * The batch in one transaction; should the database still refuse it (a row the checks let through), the rows
     * one by one, so that one bad row does not cost the others.
     */
    private List<List<FieldError>> createAll(List<CustomerForm> forms) {
        try {
            return transaction.execute(status -> customers.importAll(forms));
        } catch (RuntimeException batchFailed) {
            log.info("Import batch refused ({}); importing its rows one by one", batchFailed.getMessage());
            List<List<FieldError>> outcomes = new ArrayList<>();
            for (CustomerForm form : forms) {
                try {
                    outcomes.add(transaction.execute(status -> customers.importAll(List.of(form))).get(0));
                } catch (ConflictException | AccessDeniedException | DataAccessException e) {
                    log.info("Import row refused", e);
                    outcomes.add(List.of(new FieldError(null, "import.refused", "The database refused this row.")));
                }
            }
            return outcomes;
        }
    }

    private CustomerForm toForm(Map<String, String> row, List<FieldError> errors) {
        CustomerForm form = new CustomerForm();
        form.setType(parseEnum(row, "type", CustomerType.class, CustomerType.COMPANY, errors));
        form.setName(value(row, "name"));
        form.setPhone(value(row, "phone"));
        form.setEmail(value(row, "email"));
        form.setWebsite(value(row, "website"));
        form.setIndustry(value(row, "industry"));
        form.setRegion(value(row, "region"));
        form.setAddress(value(row, "address"));
        form.setSource(parseEnum(row, "source", Source.class, Source.IMPORT, errors));
        form.setOwner(blankToNull(value(row, "owner")));
        form.setGrade(parseEnum(row, "grade", Grade.class, Grade.ORDINARY, errors));
        form.setLifecycle(parseEnum(row, "lifecycle", Lifecycle.class, Lifecycle.PROSPECT, errors));
        form.setCreditRating(parseEnum(row, "creditRating", CreditRating.class, null, errors));
        String limit = blankToNull(value(row, "creditLimit"));
        try {
            form.setCreditLimit(limit == null ? null : new BigDecimal(limit.replace(",", "")));
        } catch (NumberFormatException e) {
            errors.add(new FieldError("creditLimit", "import.number", "Not a number: " + limit));
        }
        String days = blankToNull(value(row, "paymentTermDays"));
        try {
            form.setPaymentTermDays(days == null ? null : Integer.valueOf(days));
        } catch (NumberFormatException e) {
            errors.add(new FieldError("paymentTermDays", "import.number", "Not a whole number: " + days));
        }
        String tags = blankToNull(value(row, "tags"));
        form.setTags(tags == null ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.stream(tags.split(";"))
                .map(String::strip).filter(tag -> !tag.isEmpty()).toList()));
        String next = blankToNull(value(row, "nextFollowUpAt"));
        try {
            form.setNextFollowUpAt(next == null ? null : LocalDate.parse(next.length() > 10 ? next.substring(0, 10)
                    : next));
        } catch (RuntimeException e) {
            errors.add(new FieldError("nextFollowUpAt", "import.date", "Not a date (yyyy-mm-dd): " + next));
        }
        return form;
    }

    private static <E extends Enum<E>> E parseEnum(Map<String, String> row, String column, Class<E> type,
            E fallback, List<FieldError> errors) {
        String text = blankToNull(value(row, column));
        if (text == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(column, "import.value", "Unknown value '" + text + "'; allowed: "
                    + Arrays.toString(type.getEnumConstants())));
            return fallback;
        }
    }

    /** The cell, with the apostrophe the export puts before formula-like text removed. */
    private static String value(Map<String, String> row, String column) {
        String value = row.get(column.toLowerCase(Locale.ROOT));
        if (value != null && value.length() > 1 && value.charAt(0) == '\''
                && CustomerExportService.FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static CSVFormat csvFormat() {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).get();
    }

    private static Reader csvReader(Path file) throws IOException {
        Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    private static int countCsvRows(Path file) throws IOException {
        try (Reader reader = csvReader(file)) {
            int rows = 0;
            for (CSVRecord ignored : csvFormat().parse(reader)) {
                rows++;
            }
            return rows;
        }
    }

    private static void readCsv(Path file, Consumer<Map<String, String>> rows) throws IOException {
        try (Reader reader = csvReader(file)) {
            for (CSVRecord record : csvFormat().parse(reader)) {
                Map<String, String> row = new HashMap<>();
                record.toMap().forEach((header, value) -> row.put(header.strip().toLowerCase(Locale.ROOT), value));
                rows.accept(row);
            }
        }
    }

    private static long countXlsxRows(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.count();
        }
    }

    private static void readXlsx(Path file, Consumer<Map<String, String>> consumer) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            List<String> headers = new ArrayList<>();
            rows.forEach(row -> {
                if (headers.isEmpty()) {
                    for (int col = 0; col < row.getCellCount(); col++) {
                        headers.add(row.getCellAsString(col).orElse("").strip().toLowerCase(Locale.ROOT));
                    }
                    return;
                }
                Map<String, String> values = new HashMap<>();
                for (int col = 0; col < Math.min(headers.size(), row.getCellCount()); col++) {
                    values.put(headers.get(col), row.getCellText(col));
                }
                consumer.accept(values);
            });
        }
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
        return new ImportJobView(job.getId(), job.getFileName(), job.getCreatedBy(), job.getCreatedAt(),
                job.getStatus(), job.getTotalRows(), job.getProcessedRows(), job.getImportedRows(),
                job.getRejectedRows(), job.getFinishedAt(), job.getMessage(), shown);
    }
}
