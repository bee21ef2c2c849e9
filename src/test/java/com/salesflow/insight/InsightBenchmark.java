package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.customer.internal.BenchmarkReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
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
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Classification (RFM, lifecycle with win-back, replenishment) over 1,000,000 orders of 100,000 customers (issue 10:
 * under 60 s, heap under 512 MB). A fresh database (H2 file {@code target/benchmark/h2-insight}, or MySQL/MariaDB
 * {@code salesflow_benchmark_insight}, dropped afterwards) gets the customers of 50 owners and the orders as signed
 * contracts with a minimal quote, an order and one or two lines each, written in JDBC batches with ids assigned here.
 * Each customer buys every 15-75 days from three favourite products of 200; most bought recently, 15 % stopped half
 * a year to two years ago (lost). Then a run started through {@link Insight} as the button does, classifying everyone
 * from scratch, timed from start until every class is written and every follow-up recorded ({@code classifiedAt});
 * the processes of the recorded tasks start after that, and the benchmark watches them for
 * {@code salesflow.benchmark.task-watch-seconds} (30) and reports the rate. Grade suggestions are off
 * ({@code salesflow.insight.grade-suggestions=false}): they are not part of the target. Sizes: {@code -Dsalesflow.benchmark.customers}, {@code -Dsalesflow.benchmark.orders}.
 * Run with {@code mvn verify -Pbenchmark -Dit.test=InsightBenchmark} (docs/benchmarks.md), at most 512 MB of heap.
 */
@SpringBootTest(properties = {"salesflow.benchmark.database=insight", "salesflow.insight.grade-suggestions=false",
        "salesflow.insight.cron=-"})
class InsightBenchmark {

    private static final String DATABASE = "salesflow_benchmark_insight";
    private static final int OWNERS = 50;
    private static final int PRODUCTS = 200;
    private static final int BATCH = 2_000;
    private static final long ID_BASE = 1_000_000L;

    static {
        if (onMysql()) {
            dropMysqlDatabase();
        } else {
            try (Stream<Path> files = Files.list(Path.of("target", "benchmark"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("h2-insight")).toList()) {
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
    Insight insight;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    @Value("${salesflow.benchmark.customers:100000}")
    int customers;
    @Value("${salesflow.benchmark.orders:1000000}")
    int orders;
    /** How long the benchmark watches the tasks being started after classification before it reports the rate. */
    @Value("${salesflow.benchmark.task-watch-seconds:30}")
    int taskWatchSeconds;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void classification_of_a_million_orders() {
        long loadStarted = System.nanoTime();
        int loaded = load();
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        assertThat(loaded).isEqualTo(orders);

        signIn("admin");
        Measured first = measure();
        long replenishments = jdbc.queryForObject("select count(*) from sf_replenishment", Long.class);
        long winBacks = jdbc.queryForObject("select count(*) from sf_win_back", Long.class);
        List<String> tiers = jdbc.query("select coalesce(rfm_tier, '-'), count(*) from sf_customer group by "
                + "coalesce(rfm_tier, '-') order by 1", (rs, row) -> rs.getString(1) + " " + rs.getLong(2));
        List<String> lifecycles = jdbc.query("select lifecycle, count(*) from sf_customer group by lifecycle "
                + "order by 1", (rs, row) -> rs.getString(1) + " " + rs.getLong(2));

        String database = BenchmarkReport.database(dataSource);
        BenchmarkReport.line("");
        BenchmarkReport.line("### Classification, " + database + ", " + orders + " orders of " + customers
                + " customers, " + LocalDate.now(clock));
        BenchmarkReport.line("");
        BenchmarkReport.line("Loaded in %.1f s; max heap %d MB; %d cores.".formatted(loadSeconds,
                Runtime.getRuntime().maxMemory() / (1024 * 1024), Runtime.getRuntime().availableProcessors()));
        BenchmarkReport.line("");
        BenchmarkReport.line("| run | customers | changed | classified (RFM, lifecycle, replenishment) s "
                + "| peak heap used MB | tasks recorded | tasks started after | per second |");
        BenchmarkReport.line("|---|---|---|---|---|---|---|---|");
        BenchmarkReport.line("| first (from scratch) | %d | %d | %.1f | %d | %d | %d in %.0f s | %.0f |".formatted(
                first.run.processed(), first.run.changed(), first.classifiedSeconds, first.peakHeapMb,
                replenishments + winBacks, first.run.tasksStarted(), first.taskSeconds,
                first.run.tasksStarted() / Math.max(0.001, first.taskSeconds)));
        BenchmarkReport.line("");
        BenchmarkReport.line("Replenishment follow-ups: " + replenishments + "; win-backs: " + winBacks + "; tiers: "
                + String.join(", ", tiers) + "; lifecycles: " + String.join(", ", lifecycles) + ".");
        assertThat(first.run.status()).isNotEqualTo(RunStatus.FAILED);
        assertThat(first.run.classifiedAt()).isNotNull();
    }

    private record Measured(InsightRun run, double classifiedSeconds, double taskSeconds, long peakHeapMb) {
    }

    /** Starts a run and polls it every 200 ms, as the screen does; peak heap is the most used of those samples. */
    private Measured measure() {
        System.gc();
        AtomicLong sampled = new AtomicLong();
        long started = System.nanoTime();
        InsightRun run = insight.start();
        double classified = -1;
        while (run.status() == RunStatus.RUNNING) {
            if (classified < 0 && run.classifiedAt() != null) {
                classified = (System.nanoTime() - started) / 1e9;
            }
            if (classified >= 0 && (System.nanoTime() - started) / 1e9 - classified > taskWatchSeconds) {
                break;
            }
            sampled.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            run = insight.run(run.id());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (classified < 0) {
            classified = seconds;
        }
        return new Measured(run, classified, seconds - classified, sampled.get() / (1024 * 1024));
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterAll
    static void dropDatabase() {
        if (onMysql() && !Boolean.getBoolean("salesflow.benchmark.keep")) {
            dropMysqlDatabase();
        }
    }

    // ---- data ----

    /** @return orders written */
    private int load() {
        Random random = new Random(10);
        LocalDate today = LocalDate.now(clock);
        Timestamp now = Timestamp.from(Instant.now());
        List<String> owners = new ArrayList<>(List.of("sales1", "sales2", "sales3"));
        for (int i = owners.size() + 1; i <= OWNERS; i++) {
            owners.add("ib%02d".formatted(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            String name = "分类基准客户 %06d 有限公司".formatted(i);
            rows.add(new Object[] {ID_BASE + i, name, name, owners.get(i % OWNERS), now});
            if (rows.size() == BATCH) {
                batch("insert into sf_customer (id, type, name, name_key, source, owner, grade, lifecycle, "
                        + "created_at, created_by) values (?, 'COMPANY', ?, ?, 'REFERRAL', ?, 'ORDINARY', "
                        + "'PROSPECT', ?, 'benchmark')", rows);
            }
        }
        batch("insert into sf_customer (id, type, name, name_key, source, owner, grade, lifecycle, created_at, "
                + "created_by) values (?, 'COMPANY', ?, ?, 'REFERRAL', ?, 'ORDINARY', 'PROSPECT', ?, 'benchmark')",
                rows);
        jdbc.update("insert into sf_price_list (name, currency, valid_from, created_by, updated_by) values "
                + "('Insight benchmark', 'CNY', ?, 'benchmark', 'benchmark')", Date.valueOf(today.minusYears(3)));
        long priceList = jdbc.queryForObject("select id from sf_price_list where name = 'Insight benchmark'",
                Long.class);
        jdbc.update("insert into sf_opportunity (customer_id, name, stage, currency, probability, owner, created_at, "
                + "created_by) values (?, 'Insight benchmark', 'WON', 'CNY', 100, 'sales1', ?, 'benchmark')",
                ID_BASE, now);
        long opportunity = jdbc.queryForObject("select id from sf_opportunity where name = 'Insight benchmark'",
                Long.class);

        List<Object[]> quotes = new ArrayList<>();
        List<Object[]> contracts = new ArrayList<>();
        List<Object[]> orderRows = new ArrayList<>();
        List<Object[]> lines = new ArrayList<>();
        int written = 0;
        long id = ID_BASE;
        int perCustomer = Math.max(1, orders / customers);
        for (int c = 0; c < customers && written < orders; c++) {
            long customerId = ID_BASE + c;
            String owner = owners.get(c % OWNERS);
            int count = c == customers - 1 ? orders - written
                    : Math.min(orders - written, 1 + random.nextInt(2 * perCustomer - 1));
            int interval = 15 + random.nextInt(61);
            int lastAgo = random.nextInt(100) < 15 ? 181 + random.nextInt(520) : random.nextInt(60);
            int[] favourites = {1 + random.nextInt(PRODUCTS), 1 + random.nextInt(PRODUCTS), 1 + random.nextInt(PRODUCTS)};
            for (int j = 0; j < count; j++) {
                int ago = lastAgo + j * interval + (j == 0 ? 0 : random.nextInt(7) - 3);
                LocalDate day = today.minusDays(Math.min(ago, 3 * 365));
                BigDecimal total = BigDecimal.valueOf(10_000 + random.nextInt(10_000_000), 2);
                String number = "IB%09d".formatted(id - ID_BASE);
                quotes.add(new Object[] {id, "Q" + number, opportunity, customerId, priceList, Date.valueOf(day),
                        total, total, total, total, owner, now, owner, now, owner});
                contracts.add(new Object[] {id, "C" + number, id, "Q" + number, opportunity, customerId, owner,
                        total, total, Date.valueOf(day), now, owner, now, owner});
                orderRows.add(new Object[] {id, "O" + number, id, now});
                int product = favourites[j % 2 == 0 ? 0 : 1 + random.nextInt(2)];
                lines.add(new Object[] {id, 1, product, "P" + product, "Product " + product, "产品 " + product});
                if (random.nextInt(3) == 0) {
                    int other = favourites[2] == product ? favourites[0] : favourites[2];
                    lines.add(new Object[] {id, 2, other, "P" + other, "Product " + other, "产品 " + other});
                }
                id++;
                written++;
                if (quotes.size() == BATCH) {
                    flush(quotes, contracts, orderRows, lines);
                }
            }
        }
        flush(quotes, contracts, orderRows, lines);
        return written;
    }

    private void flush(List<Object[]> quotes, List<Object[]> contracts, List<Object[]> orderRows,
            List<Object[]> lines) {
        batch("insert into sf_quote (id, number, version_no, opportunity_id, customer_id, status, price_list_id, "
                + "currency, language, header_discount_percent, valid_until, payment_terms_days, gross, lines_net, "
                + "header_discount, net, tax, total, cost, margin, margin_percent, max_line_discount, "
                + "total_discount_percent, owner, latest, created_at, created_by, updated_at, updated_by) values "
                + "(?, ?, 1, ?, ?, 'ACCEPTED', ?, 'CNY', 'zh-CN', 0, ?, 30, ?, ?, 0, ?, 0, ?, 0, 0, 0, 0, 0, ?, "
                + "true, ?, ?, ?, ?)", quotes);
        batch("insert into sf_contract (id, number, version_no, quote_id, quote_number, opportunity_id, customer_id, "
                + "owner, status, currency, language, header_discount_percent, net, tax, total, payment_terms_days, "
                + "signed_on, created_at, created_by, updated_at, updated_by) values (?, ?, 1, ?, ?, ?, ?, ?, "
                + "'SIGNED', 'CNY', 'zh-CN', 0, ?, 0, ?, 30, ?, ?, ?, ?, ?)", contracts);
        batch("insert into sf_order (id, number, contract_id, status, created_at) values (?, ?, ?, 'OPEN', ?)",
                orderRows);
        batch("insert into sf_contract_line (contract_id, position, product_id, product_code, product_name_en, "
                + "product_name_zh, unit, quantity, unit_price, discount_percent, tax_rate, net, tax, delivered) "
                + "values (?, ?, ?, ?, ?, ?, 'bag', 1, 1, 0, 0, 1, 0, 0)", lines);
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
            rows.clear();
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
