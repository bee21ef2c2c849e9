package com.salesflow.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.imports.ImportJobView;
import com.salesflow.imports.ImportKind;
import com.salesflow.imports.Imports;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Import of 100,000 customer rows (issue 4: under 60 s, heap under 512 MB) into an empty database, through the
 * same service the upload uses, in a JVM started with {@code -Xmx512m}. Run with {@code mvn verify -Pbenchmark}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "salesflow.benchmark.database=import"})
class CustomerImportBenchmark {

    @Autowired
    DataSource dataSource;

    @Autowired
    Imports imports;

    @Autowired
    UserDetailsService users;

    @Value("${salesflow.benchmark.import-rows:100000}")
    int rows;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void import_a_hundred_thousand_rows() throws Exception {
        Path file = Path.of("target", "benchmark", "customers-" + rows + ".csv");
        writeFile(file);
        emptyDatabase();
        UserDetails director = users.loadUserByUsername("director");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(director, null, director.getAuthorities()));
        System.gc();
        AtomicLong peakUsed = new AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakUsed.accumulateAndGet(Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory(),
                        Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        ImportJobView job;
        try (InputStream content = Files.newInputStream(file)) {
            job = imports.start(ImportKind.CUSTOMERS, file.getFileName().toString(), content);
        }
        long liveAfterGcPeak = 0;
        while (job.status() == ImportJobView.Status.RUNNING) {
            Thread.sleep(200);
            job = imports.job(job.id());
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                    liveAfterGcPeak = Math.max(liveAfterGcPeak, pool.getCollectionUsage().getUsed());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        long maxHeap = Runtime.getRuntime().maxMemory();

        BenchmarkReport.line("");
        BenchmarkReport.line("### Customer import, " + BenchmarkReport.database(dataSource) + ", " + LocalDate.now());
        BenchmarkReport.line("");
        BenchmarkReport.line("| rows | imported | rejected | time | rows/s | max heap (-Xmx) | peak heap used | largest "
                + "old generation after GC |");
        BenchmarkReport.line("|---|---|---|---|---|---|---|---|");
        BenchmarkReport.line("| %d | %d | %d | **%.1f s** | %.0f | %d MB | **%d MB** | %d MB |".formatted(rows,
                job.importedRows(), job.rejectedRows(), seconds, rows / seconds, maxHeap >> 20, peakUsed.get() >> 20,
                liveAfterGcPeak >> 20));
        assertThat(job.status()).isEqualTo(ImportJobView.Status.DONE);
        assertThat(job.processedRows()).isEqualTo(rows);
        assertThat(count()).isGreaterThanOrEqualTo(job.importedRows());
    }

    /** Distinct, valid rows as a sales team's spreadsheet would have them. */
    private void writeFile(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Random random = new Random(99);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("type", "name", "phone",
                        "email", "region", "grade", "lifecycle", "tags", "nextFollowUpAt").get())) {
            for (int i = 0; i < rows; i++) {
                BenchmarkCustomers.Row row = BenchmarkCustomers.row(random, i);
                csv.printRecord(row.type(), row.name() + " " + (i + 1), "+86 1" + (3_000_000_000L + i * 7L),
                        row.email(), row.region(), row.grade(), row.lifecycle(), i % 3 == 0 ? "trade fair 2026" : "",
                        LocalDate.now().plusDays(i % 30));
            }
        }
    }

    /** Each run imports into the same empty tables. */
    private void emptyDatabase() throws Exception {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String table : new String[] {"sf_import_rejection", "sf_import_job", "sf_customer_term",
                    "sf_ownership_change", "sf_customer_tag", "sf_contact_record", "sf_contact", "sf_customer"}) {
                statement.executeUpdate("delete from " + table);
            }
        }
    }

    private long count() throws Exception {
        try (Connection connection = dataSource.getConnection();
                var result = connection.createStatement().executeQuery("select count(*) from sf_customer")) {
            result.next();
            return result.getLong(1);
        }
    }
}
