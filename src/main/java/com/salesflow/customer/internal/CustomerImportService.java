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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class CustomerImportService implements CustomerImport {

    private static final Logger log = LoggerFactory.getLogger(CustomerImportService.class);
    private static final int PROGRESS_EVERY = 50;
    private static final int REJECTIONS_SHOWN = 1000;

    private final CustomerService customers;
    private final CustomerRepository customerRepository;
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

    CustomerImportService(CustomerService customers, CustomerRepository customerRepository, ImportJobRepository jobs,
            ImportRejectionRepository rejections, CurrentUser currentUser, TransactionTemplate transaction,
            Clock clock) {
        this.customers = customers;
        this.customerRepository = customerRepository;
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
        int[] counts = new int[3]; // processed, imported, rejected
        try {
            int total = xlsx ? (int) Math.max(0, countXlsxRows(upload) - 1) : countCsvRows(upload);
            saveProgress(jobId, total, counts);
            Consumer<Map<String, String>> importRow = row -> {
                int rowNumber = counts[0] + 2;
                List<FieldError> errors = importOne(row);
                counts[0]++;
                if (errors.isEmpty()) {
                    counts[1]++;
                } else {
                    counts[2]++;
                    transaction.executeWithoutResult(status -> errors.forEach(error -> rejections.save(
                            new ImportRejection(jobId, rowNumber, error.field(), error.message()))));
                }
                if (counts[0] % PROGRESS_EVERY == 0) {
                    saveProgress(jobId, total, counts);
                }
            };
            if (xlsx) {
                readXlsx(upload, importRow);
            } else {
                readCsv(upload, importRow);
            }
            saveProgress(jobId, total, counts);
            finish(jobId, Status.DONE, null);
        } catch (Exception e) {
            log.warn("Import {} failed", jobId, e);
            saveProgress(jobId, counts[0], counts);
            finish(jobId, Status.FAILED, "The file could not be read: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                log.warn("Could not delete {}", upload, e);
            }
        }
    }

    /** One row, imported whole or not at all. @return the reasons it was rejected, empty when imported */
    private List<FieldError> importOne(Map<String, String> row) {
        List<FieldError> errors = new ArrayList<>();
        CustomerForm form = toForm(row, errors);
        if (!errors.isEmpty()) {
            return errors;
        }
        String duplicate = duplicateOf(form);
        if (duplicate != null) {
            return List.of(new FieldError(duplicate, "import.duplicate",
                    "A customer with the same " + duplicate + " exists already."));
        }
        try {
            customers.create(form);
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors();
        } catch (ConflictException | AccessDeniedException e) {
            return List.of(new FieldError(null, "import.refused", e.getMessage()));
        }
    }

    private String duplicateOf(CustomerForm form) {
        String phoneKey = Customer.phoneKey(blankToNull(form.getPhone()));
        if (phoneKey != null && customerRepository.existsByPhoneKey(phoneKey)) {
            return "phone";
        }
        String email = blankToNull(form.getEmail());
        if (email != null && customerRepository.existsByEmail(email.toLowerCase(Locale.ROOT))) {
            return "email";
        }
        String nameKey = form.getName() == null ? "" : Customer.nameKey(form.getName().strip());
        if (!nameKey.isEmpty() && customerRepository.existsByNameKey(nameKey)) {
            return "name";
        }
        return null;
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

    private void saveProgress(long jobId, int total, int[] counts) {
        transaction.executeWithoutResult(status -> jobs.findById(jobId)
                .ifPresent(job -> job.progress(total, counts[0], counts[1], counts[2])));
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
