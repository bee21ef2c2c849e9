package com.salesflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.customer.internal.BenchmarkReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Receivables aging with 100,000 open instalments (issue 9: under 1 s). A fresh database (H2 file
 * {@code target/benchmark/h2-receivables}, or MySQL/MariaDB {@code salesflow_benchmark_receivables}, dropped
 * afterwards) gets 10,000 signed contracts of 50 owners at 2,000 customers, ten open instalments each, due from 180
 * days ago to 60 days ahead (a fifth partly paid, a tenth in USD), written in JDBC batches. Then, through the
 * {@link Receivables} service the view and {@code /api/receivables} call: {@code aging(all)} as finance (all
 * 100,000), the same as {@code sales1} (own scope), and the first page of 50 of {@code open(overdue)} with its total
 * as finance, each after warm-up runs. Run with {@code mvn verify -Pbenchmark -Dit.test=ReceivablesAgingBenchmark}
 * (docs/benchmarks.md).
 */
@SpringBootTest(properties = "salesflow.benchmark.database=receivables")
class ReceivablesAgingBenchmark {

    private static final String DATABASE = "salesflow_benchmark_receivables";
    private static final int CONTRACTS = 10_000;
    private static final int INSTALMENTS_PER_CONTRACT = 10;
    private static final int CUSTOMERS = 2_000;
    private static final int OWNERS = 50;
    private static final int BATCH = 1_000;

    static {
        // A fresh database each run: before Spring starts and Flyway creates the schema.
        if (onMysql()) {
            dropMysqlDatabase();
        } else {
            try (Stream<Path> files = Files.list(Path.of("target", "benchmark"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("h2-receivables"))
                        .toList()) {
                    Files.delete(file);
                }
            } catch (java.nio.file.NoSuchFileException e) {
                // nothing to delete
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Autowired
    Receivables receivables;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Clock clock;

    private Long touched;

    @Value("${salesflow.benchmark.samples:20}")
    int samples;

    @Value("${salesflow.benchmark.warm-up:5}")
    int warmUp;

    @Test
    void aging_of_100000_open_instalments() {
        long loadStarted = System.nanoTime();
        load();
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        long open = jdbc.queryForObject("select count(*) from sf_instalment where status = 'OPEN'", Long.class);
        assertThat(open).isEqualTo((long) CONTRACTS * INSTALMENTS_PER_CONTRACT);

        double[] agingAll = measure("finance", () -> {
            AgingReport report = receivables.aging(ReceivablesFilter.all());
            assertThat(report.rows().stream().mapToLong(AgingReport.Row::instalments).sum()).isEqualTo(open);
            return report;
        });
        double[] agingOwn = measure("sales1", () -> receivables.aging(ReceivablesFilter.all()));
        double[] overdue = measure("finance", () -> {
            Page<OpenInstalment> page = receivables.open(ReceivablesFilter.overdue(), PageRequest.of(0, 50));
            assertThat(page.getContent()).hasSize(50);
            assertThat(page.getContent().get(0).overdueDays()).isGreaterThanOrEqualTo(170);
            return page;
        });
        double[] overdueOwn = measure("sales1", () -> receivables.open(ReceivablesFilter.overdue(),
                PageRequest.of(0, 50)));

        String database = BenchmarkReport.database(dataSource);
        BenchmarkReport.line("");
        BenchmarkReport.line("### Receivables aging, " + database + ", " + open + " open instalments of " + CONTRACTS
                + " contracts, " + LocalDate.now(clock));
        BenchmarkReport.line("");
        BenchmarkReport.line("Loaded in %.1f s; %d runs after %d warm-up runs each, through the Receivables service."
                .formatted(loadSeconds, samples, warmUp));
        BenchmarkReport.line("");
        BenchmarkReport.line("| query | user | rows | p50 ms | p95 ms | max ms |");
        BenchmarkReport.line("|---|---|---|---|---|---|");
        row("aging(all)", "finance", open, agingAll);
        row("aging(all)", "sales1", signedIn("sales1", () -> receivables.count(ReceivablesFilter.all())), agingOwn);
        row("open(overdue), first page of 50 + total", "finance",
                signedIn("finance", () -> receivables.count(ReceivablesFilter.overdue())), overdue);
        row("open(overdue), first page of 50 + total", "sales1",
                signedIn("sales1", () -> receivables.count(ReceivablesFilter.overdue())), overdueOwn);
    }

    /** {@code -Dsalesflow.benchmark.keep=true} keeps the MySQL database for a look at the query plans. */
    @AfterAll
    static void dropDatabase() {
        if (onMysql() && !Boolean.getBoolean("salesflow.benchmark.keep")) {
            dropMysqlDatabase();
        }
    }

    private double[] measure(String user, Supplier<?> query) {
        return signedIn(user, () -> {
            for (int i = 0; i < warmUp; i++) {
                touch();
                query.get();
            }
            double[] times = new double[samples];
            for (int i = 0; i < samples; i++) {
                touch();
                long started = System.nanoTime();
                query.get();
                times[i] = (System.nanoTime() - started) / 1e6;
            }
            return times;
        });
    }

    /**
     * Changes one instalment before each run, as payments do all day: H2 otherwise answers a repeated query from the
     * result it kept for the unchanged tables, which would measure nothing.
     */
    private void touch() {
        if (touched == null) {
            touched = jdbc.queryForObject("select min(id) from sf_instalment", Long.class);
        }
        jdbc.update("update sf_instalment set version = version + 1 where id = ?", touched);
    }

    private static void row(String query, String user, long rows, double[] values) {
        BenchmarkReport.line("| %s | %s | %d | %.1f | %.1f | %.1f |".formatted(query, user, rows,
                BenchmarkReport.percentile(values, 50), BenchmarkReport.percentile(values, 95),
                BenchmarkReport.percentile(values, 100)));
    }

    private <T> T signedIn(String username, Supplier<T> action) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    // ---- data ----

    private void load() {
        Random random = new Random(9);
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(Instant.now());
        List<String> owners = new ArrayList<>(List.of("sales1", "sales2", "sales3"));
        for (int i = owners.size() + 1; i <= OWNERS; i++) {
            owners.add("rb%02d".formatted(i));
        }
        List<Object[]> customerRows = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String name = "应收基准客户 %04d 有限公司".formatted(i);
            customerRows.add(new Object[] {name, name, owners.get(i % OWNERS), now});
        }
        batches("insert into sf_customer (type, name, name_key, source, owner, grade, lifecycle, created_at, "
                + "created_by) values ('COMPANY', ?, ?, 'REFERRAL', ?, 'ORDINARY', 'NEW', ?, 'benchmark')",
                customerRows);
        List<Long> customers = jdbc.queryForList("select id from sf_customer where created_by = 'benchmark' "
                + "order by id", Long.class);
        long customerOne = customers.get(0);
        jdbc.update("insert into sf_price_list (name, currency, valid_from, created_by, updated_by) values "
                + "('Receivables benchmark', 'CNY', ?, 'benchmark', 'benchmark')", Date.valueOf(today.minusYears(1)));
        long priceList = jdbc.queryForObject("select id from sf_price_list where name = 'Receivables benchmark'",
                Long.class);
        jdbc.update("insert into sf_opportunity (customer_id, name, stage, currency, probability, owner, created_at, "
                + "created_by) values (?, 'Receivables benchmark', 'WON', 'CNY', 100, 'sales1', ?, 'benchmark')",
                customerOne, now);
        long opportunity = jdbc.queryForObject("select id from sf_opportunity where name = 'Receivables benchmark'",
                Long.class);

        record Contract(String number, long customerId, String owner, String currency) {
        }
        List<Contract> contracts = new ArrayList<>();
        for (int i = 0; i < CONTRACTS; i++) {
            int customer = random.nextInt(CUSTOMERS);
            contracts.add(new Contract("HB-2026-%05d".formatted(i + 1), customers.get(customer),
                    owners.get(customer % OWNERS), random.nextInt(10) == 0 ? "USD" : "CNY"));
        }
        batches("insert into sf_quote (number, version_no, opportunity_id, customer_id, status, price_list_id, "
                + "currency, language, header_discount_percent, valid_until, payment_terms_days, gross, lines_net, "
                + "header_discount, net, tax, total, cost, margin, margin_percent, max_line_discount, "
                + "total_discount_percent, owner, latest, created_at, created_by, updated_at, updated_by) values "
                + "(?, 1, ?, ?, 'ACCEPTED', ?, ?, 'zh-CN', 0, ?, 30, 100000, 100000, 0, 100000, 13000, 113000, "
                + "60000, 40000, 40, 0, 0, ?, true, ?, ?, ?, ?)", contracts.stream().map(c -> new Object[] {
                        c.number().replace("HB-", "QB-"), opportunity, c.customerId(), priceList, c.currency(),
                        Date.valueOf(today), c.owner(), now, c.owner(), now, c.owner()}).toList());
        Map<String, Long> quoteIds = new HashMap<>();
        jdbc.query("select id, number from sf_quote where number like 'QB-2026-%'",
                (java.sql.ResultSet rs) -> {
                    quoteIds.put(rs.getString("number"), rs.getLong("id"));
                });
        batches("insert into sf_contract (number, version_no, quote_id, quote_number, opportunity_id, customer_id, "
                + "owner, status, currency, language, header_discount_percent, net, tax, total, payment_terms_days, "
                + "created_at, created_by, updated_at, updated_by) values (?, 1, ?, ?, ?, ?, ?, 'SIGNED', ?, 'zh-CN', 0, "
                + "100000, 13000, 113000, "
                + "30, ?, ?, ?, ?)", contracts.stream().map(c -> {
                    String quote = c.number().replace("HB-", "QB-");
                    return new Object[] {c.number(), quoteIds.get(quote), quote, opportunity, c.customerId(),
                            c.owner(), c.currency(), now, c.owner(), now, c.owner()};
                }).toList());
        Map<String, Long> contractIds = new HashMap<>();
        jdbc.query("select id, number from sf_contract where number like 'HB-2026-%'", (java.sql.ResultSet rs) -> {
            contractIds.put(rs.getString("number"), rs.getLong("id"));
        });
        List<Object[]> instalments = new ArrayList<>();
        for (Contract contract : contracts) {
            for (int seq = 1; seq <= INSTALMENTS_PER_CONTRACT; seq++) {
                BigDecimal amount = BigDecimal.valueOf(100_000 + random.nextInt(10_000_000), 2);
                BigDecimal paid = random.nextInt(5) == 0 ? amount.divide(BigDecimal.valueOf(3), 2,
                        java.math.RoundingMode.DOWN) : BigDecimal.ZERO.setScale(2);
                instalments.add(new Object[] {contractIds.get(contract.number()), seq,
                        Date.valueOf(today.plusDays(60 - random.nextInt(241))), amount, paid,
                        contract.customerId(), contract.owner(), contract.currency()});
            }
            if (instalments.size() >= 10 * BATCH) {
                insertInstalments(instalments);
                instalments.clear();
            }
        }
        insertInstalments(instalments);
    }

    private void insertInstalments(List<Object[]> rows) {
        batches("insert into sf_instalment (contract_id, seq, due_date, amount, paid, status, prepayment, "
                + "customer_id, owner, currency) values (?, ?, ?, ?, ?, 'OPEN', false, ?, ?, ?)", rows);
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    // ---- fresh database ----

    private static boolean onMysql() {
        return System.getProperty("spring.profiles.active", "").contains("benchmark-mysql");
    }

    private static void dropMysqlDatabase() {
        String host = System.getenv().getOrDefault("SALESFLOW_TEST_DB_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("SALESFLOW_TEST_DB_PORT", "3306");
        String user = System.getenv().getOrDefault("SALESFLOW_TEST_DB_USER", "root");
        String password = System.getenv().getOrDefault("SALESFLOW_TEST_DB_PASSWORD", "");
        try (Connection connection = DriverManager.getConnection("jdbc:mysql://" + host + ":" + port
                + "/?useSSL=false&allowPublicKeyRetrieval=true", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop " + DATABASE, e);
        }
    }
}
