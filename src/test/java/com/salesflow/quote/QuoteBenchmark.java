package com.salesflow.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.customer.internal.BenchmarkReport;
import com.salesflow.support.Http;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A quote with 200 lines priced and submitted (issue 7: p95 under 100 ms). Each sample is what the quote page does
 * as {@code sales1}, through the {@link Quotes} service the page and {@code /api/quotes} call: {@code create} with
 * 200 lines (priced from a price list of 200 products on the server, totals and margin in BigDecimal, the draft and
 * its lines saved), then {@code submit} (prices checked again, {@code quote-approval-level} evaluated, the process
 * started, the supervisor's task created), each in its own transaction. HTTP is left out: {@code /api} takes Basic
 * auth only, whose BCrypt check per call would dwarf the work measured. Discounts of 0–25 % make every quote need the supervisor and the director. The opportunities are opened
 * before the clock starts; catalogue and quotes are kept between runs (database {@code quotes}). Run with
 * {@code mvn verify -Pbenchmark -Dit.test=QuoteBenchmark} (docs/benchmarks.md).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "salesflow.benchmark.database=quotes")
class QuoteBenchmark {

    private static final int LINES = 200;
    private static final String PRICE_LIST = "Benchmark 200 products";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @Autowired
    Quotes quotes;

    @Autowired
    UserDetailsService userDetails;

    @Value("${salesflow.benchmark.samples:200}")
    int samples;

    @Value("${salesflow.benchmark.warm-up:30}")
    int warmUp;

    private JsonNode ok(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    @Test
    void a_quote_with_200_lines_priced_and_submitted() {
        Http admin = Http.basic(port, "admin", "demo");
        Http sales1 = Http.basic(port, "sales1", "demo");
        long priceListId = priceList(admin);
        List<Long> products = jdbc.queryForList("select product_id from sf_price_list_item where price_list_id = ? "
                + "order by product_id", Long.class, priceListId);
        long customerId = ok(sales1.postJson("/api/customers", """
                {"type":"COMPANY","name":"基准测试报价客户 %d","phone":"+86 139 %08d","source":"REFERRAL",
                 "grade":"ORDINARY","lifecycle":"PROSPECT"}""".formatted(System.nanoTime(),
                System.nanoTime() % 100_000_000)), 201).get("id").asLong();
        List<Long> opportunities = new ArrayList<>();
        for (int i = 0; i < warmUp + samples; i++) {
            opportunities.add(ok(sales1.postJson("/api/opportunities", """
                    {"customerId":%d,"name":"Benchmark quote %d","amount":"500000"}""".formatted(customerId, i)), 201)
                    .get("id").asLong());
        }
        Random random = new Random(7);
        double[] create = new double[samples];
        double[] submit = new double[samples];
        double[] both = new double[samples];
        UserDetails user = userDetails.loadUserByUsername("sales1");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            for (int i = 0; i < warmUp + samples; i++) {
                List<QuoteLineForm> lines = new ArrayList<>();
                for (int line = 0; line < LINES; line++) {
                    lines.add(new QuoteLineForm(products.get(line), BigDecimal.valueOf(1 + random.nextInt(50)),
                            BigDecimal.valueOf(random.nextInt(26))));
                }
                QuoteForm form = new QuoteForm(opportunities.get(i), priceListId, lines, null, null, 30, null, null,
                        null);
                long started = System.nanoTime();
                QuoteDetails draft = quotes.create(form);
                long created = System.nanoTime();
                QuoteDetails submitted = quotes.submit(draft.id(), draft.summary().version());
                long done = System.nanoTime();
                assertThat(submitted.lines()).hasSize(LINES);
                assertThat(submitted.status()).isEqualTo(QuoteStatus.PENDING_APPROVAL);
                if (i >= warmUp) {
                    create[i - warmUp] = (created - started) / 1e6;
                    submit[i - warmUp] = (done - created) / 1e6;
                    both[i - warmUp] = (done - started) / 1e6;
                }
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        String database = BenchmarkReport.database(dataSource);
        BenchmarkReport.line("");
        BenchmarkReport.line("### Quote with 200 lines, " + database + ", " + jdbc.queryForObject(
                "select count(*) from sf_quote", Long.class) + " quotes in the database, " + LocalDate.now());
        BenchmarkReport.line("");
        BenchmarkReport.line("Quotes service as sales1, " + samples + " quotes after " + warmUp + " warm-up quotes, one "
                + "at a time; each needs the supervisor and the director (discounts 0–25 %).");
        BenchmarkReport.line("");
        BenchmarkReport.line("| step | p50 ms | p95 ms | max ms |");
        BenchmarkReport.line("|---|---|---|---|");
        row("create (200 lines priced, saved)", create);
        row("submit (re-priced, DMN, process, task)", submit);
        row("**both (priced and submitted)**", both);
    }

    private static void row(String step, double[] values) {
        BenchmarkReport.line("| %s | %.1f | %.1f | %.1f |".formatted(step, BenchmarkReport.percentile(values, 50),
                BenchmarkReport.percentile(values, 95), BenchmarkReport.percentile(values, 100)));
    }

    /** The price list of 200 benchmark products, made once and kept. */
    private long priceList(Http admin) {
        List<Long> existing = jdbc.queryForList("select id from sf_price_list where name = ?", Long.class,
                PRICE_LIST);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        long listId = ok(admin.postJson("/api/price-lists", """
                {"name":"%s","currency":"CNY","validFrom":"2026-01-01"}""".formatted(PRICE_LIST)), 201)
                .get("id").asLong();
        for (int i = 1; i <= LINES; i++) {
            String code = "BM-%04d".formatted(i);
            long productId = ok(admin.postJson("/api/products", """
                    {"code":"%s","nameEn":"Benchmark part %d","nameZh":"基准零件 %d","unit":"pc","listPrice":"%d.00",
                     "cost":"%d.00","taxRate":"0.13","currency":"CNY"}""".formatted(code, i, i, 100 + i * 10,
                    50 + i * 5)), 201).get("id").asLong();
            HttpResponse<String> item = admin.postJson("/api/price-lists/" + listId + "/items",
                    "{\"productId\":%d,\"unitPrice\":\"%d.00\"}".formatted(productId, 100 + i * 10));
            assertThat(item.statusCode()).as(item.body()).isBetween(200, 201);
        }
        return listId;
    }
}
