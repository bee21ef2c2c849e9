package com.salesflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesflow.support.Http;
import com.salesflow.support.IntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Receivables aging and the open-instalment list against the real database: instalments with due dates relative to
 * today land in known buckets, partial payments count with what is left, paid and cancelled ones not at all; a
 * salesperson sees their own, finance everyone's; and the same through {@code /api/receivables}.
 */
@IntegrationTest
class ReceivablesIT {

    @LocalServerPort
    int port;

    @Autowired
    Receivables receivables;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    ObjectMapper json;

    @Autowired
    UserDetailsService userDetails;

    private ReceivablesRows rows;
    private LocalDate today;
    private String prefix;
    private long east;
    private long west;
    private String eastName;
    private long eastContract;

    @BeforeEach
    void seed() {
        String token = Long.toString(System.nanoTime() % 2_000_000_000L, 36).toUpperCase();
        rows = new ReceivablesRows(jdbc, token);
        prefix = "HT-" + token;
        today = LocalDate.now(clock);
        eastName = "应收账龄测试机械有限公司 " + token;
        east = customer(as("sales1"), eastName);
        west = customer(as("sales3"), "Receivables West Trading " + token);

        eastContract = rows.contract(east, "sales1", "CNY");
        rows.instalment(eastContract, 1, today.plusDays(10), "1000.00", "0.00", "OPEN");     // CURRENT 1000
        rows.instalment(eastContract, 2, today, "500.00", "200.00", "OPEN");                  // CURRENT 300 (due today)
        rows.instalment(eastContract, 3, today.minusDays(1), "800.00", "0.00", "OPEN");       // 1–30 800
        rows.instalment(eastContract, 4, today.minusDays(30), "700.00", "100.00", "OPEN");    // 1–30 600
        rows.instalment(eastContract, 5, today.minusDays(31), "400.00", "0.00", "OPEN");      // 31–60 400
        rows.instalment(eastContract, 6, today.minusDays(60), "100.00", "0.00", "OPEN");      // 31–60 100
        rows.instalment(eastContract, 7, today.minusDays(61), "250.00", "0.00", "OPEN");      // 61–90 250
        rows.instalment(eastContract, 8, today.minusDays(90), "50.00", "0.00", "OPEN");       // 61–90 50
        rows.instalment(eastContract, 9, today.minusDays(91), "3000.00", "1000.00", "OPEN");  // >90 2000
        rows.instalment(eastContract, 10, today.minusDays(200), "999.00", "999.00", "PAID");
        rows.instalment(eastContract, 11, today.minusDays(5), "123.00", "0.00", "CANCELLED");

        long westCny = rows.contract(west, "sales3", "CNY");
        rows.instalment(westCny, 1, today.minusDays(45), "5000.00", "0.00", "OPEN");          // 31–60 5000
        long westUsd = rows.contract(west, "sales3", "USD");
        rows.instalment(westUsd, 1, today.minusDays(100), "60.50", "0.00", "OPEN");            // >90 USD 60.50
    }

    @AfterEach
    void cleanUp() {
        rows.cleanUp();
        jdbc.update("delete from sf_customer_term where customer_id in (?, ?)", east, west);
        jdbc.update("delete from sf_ownership_change where customer_id in (?, ?)", east, west);
        jdbc.update("delete from sf_customer_tag where customer_id in (?, ?)", east, west);
        jdbc.update("delete from sf_customer where id in (?, ?)", east, west);
    }

    @Test
    void aging_counts_open_remainders_per_currency_and_bucket_and_ignores_paid_and_cancelled() {
        AgingReport report = signedIn("finance", () -> receivables.aging(text(prefix)));

        assertThat(report.asOf()).isEqualTo(today);
        assertThat(report.rows()).extracting(AgingReport.Row::currency, AgingReport.Row::bucket,
                AgingReport.Row::instalments, AgingReport.Row::open).containsExactly(
                tuple("CNY", AgingBucket.CURRENT, 2L, new BigDecimal("1300.00")),
                tuple("CNY", AgingBucket.DAYS_1_30, 2L, new BigDecimal("1400.00")),
                tuple("CNY", AgingBucket.DAYS_31_60, 3L, new BigDecimal("5500.00")),
                tuple("CNY", AgingBucket.DAYS_61_90, 2L, new BigDecimal("300.00")),
                tuple("CNY", AgingBucket.OVER_90, 1L, new BigDecimal("2000.00")),
                tuple("USD", AgingBucket.CURRENT, 0L, new BigDecimal("0.00")),
                tuple("USD", AgingBucket.DAYS_1_30, 0L, new BigDecimal("0.00")),
                tuple("USD", AgingBucket.DAYS_31_60, 0L, new BigDecimal("0.00")),
                tuple("USD", AgingBucket.DAYS_61_90, 0L, new BigDecimal("0.00")),
                tuple("USD", AgingBucket.OVER_90, 1L, new BigDecimal("60.50")));
    }

    @Test
    void a_salesperson_sees_only_their_own_receivables_and_finance_sees_all() {
        AgingReport own = signedIn("sales1", () -> receivables.aging(text(prefix)));
        assertThat(own.rows()).extracting(AgingReport.Row::currency).containsOnly("CNY");
        assertThat(own.rows()).extracting(AgingReport.Row::instalments).containsExactly(2L, 2L, 2L, 2L, 1L);
        assertThat(signedIn("sales1", () -> receivables.count(text(prefix)))).isEqualTo(9);
        assertThat(signedIn("sales1", () -> receivables.aging(
                new ReceivablesFilter(null, null, west, null, Set.of())).rows())).isEmpty();
        assertThat(signedIn("sales1", () -> receivables.count(new ReceivablesFilter(null, "sales3", null, null,
                Set.of())))).isZero();

        assertThat(signedIn("finance", () -> receivables.count(text(prefix)))).isEqualTo(11);
        assertThat(signedIn("supervisor2", () -> receivables.count(text(prefix)))).isEqualTo(2);
        // Credit checks ask whoever is signed in: unscoped.
        assertThat(signedIn("sales1", () -> receivables.openOf(west))).isEqualByComparingTo("5060.50");
        assertThat(signedIn("sales1", () -> receivables.openOf(east))).isEqualByComparingTo("5500.00");
    }

    @Test
    void the_list_puts_the_most_overdue_first_and_filters_by_bucket_owner_customer_currency_and_text() {
        Page<OpenInstalment> page = signedIn("finance", () -> receivables.open(text(prefix), PageRequest.of(0, 5)));
        assertThat(page.getTotalElements()).isEqualTo(11);
        assertThat(page.getContent()).extracting(OpenInstalment::overdueDays)
                .containsExactly(100L, 91L, 90L, 61L, 60L);
        OpenInstalment first = page.getContent().get(1);
        assertThat(first.contractId()).isEqualTo(eastContract);
        assertThat(first.contractNumber()).isEqualTo(prefix + "-1");
        assertThat(first.customerName()).isEqualTo(eastName);
        assertThat(first.owner()).isEqualTo("sales1");
        assertThat(first.seq()).isEqualTo(9);
        assertThat(first.amount()).isEqualTo(new BigDecimal("3000.00"));
        assertThat(first.open()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(first.bucket()).isEqualTo(AgingBucket.OVER_90);

        assertThat(list("finance", new ReceivablesFilter(prefix, null, null, null, Set.of(AgingBucket.CURRENT))))
                .extracting(OpenInstalment::seq, OpenInstalment::overdueDays).containsExactly(tuple(2, 0L),
                        tuple(1, 0L));
        assertThat(list("finance", new ReceivablesFilter(prefix, null, null, null,
                Set.of(AgingBucket.DAYS_1_30, AgingBucket.OVER_90)))).extracting(OpenInstalment::overdueDays)
                .containsExactly(100L, 91L, 30L, 1L);
        assertThat(list("finance", new ReceivablesFilter(prefix, null, null, null, ReceivablesFilter.overdue()
                .buckets()))).hasSize(9).allMatch(i -> i.overdueDays() > 0);
        assertThat(list("finance", new ReceivablesFilter(prefix, "sales3", null, null, Set.of())))
                .extracting(OpenInstalment::customerId).containsOnly(west).hasSize(2);
        assertThat(list("finance", new ReceivablesFilter(null, null, west, "USD", Set.of())))
                .extracting(OpenInstalment::open).containsExactly(new BigDecimal("60.50"));
        // The customer's name finds its instalments as well as the contract number does.
        assertThat(list("finance", new ReceivablesFilter(eastName, null, null, null, Set.of()))).hasSize(9)
                .allMatch(i -> i.customerId() == east);
        assertThat(list("finance", new ReceivablesFilter(prefix + "-3", null, null, null, Set.of())))
                .extracting(OpenInstalment::currency).containsExactly("USD");
        assertThat(signedIn("finance", () -> receivables.open(text(prefix),
                PageRequest.of(0, 3, Sort.by(Sort.Order.desc("open")))).getContent()))
                .extracting(OpenInstalment::open).containsExactly(new BigDecimal("5000.00"),
                        new BigDecimal("2000.00"), new BigDecimal("1000.00"));
    }

    @Test
    void the_api_answers_aging_and_lists_in_the_documented_shape_and_needs_a_login() throws Exception {
        JsonNode aging = ok(as("finance").get("/api/receivables/aging?q=" + prefix));
        assertThat(aging.get("asOf").asText()).isEqualTo(today.toString());
        assertThat(aging.get("rows")).hasSize(10);
        JsonNode over90 = aging.get("rows").get(4);
        assertThat(over90.get("currency").asText()).isEqualTo("CNY");
        assertThat(over90.get("bucket").asText()).isEqualTo("OVER_90");
        assertThat(over90.get("instalments").asLong()).isEqualTo(1);
        assertThat(over90.get("open").isTextual()).isTrue();
        assertThat(over90.get("open").asText()).isEqualTo("2000.00");

        JsonNode list = ok(as("finance").get("/api/receivables?q=" + prefix + "&overdue=true&size=2"));
        assertThat(list.get("page").asInt()).isZero();
        assertThat(list.get("size").asInt()).isEqualTo(2);
        assertThat(list.get("total").asLong()).isEqualTo(9);
        JsonNode item = list.get("items").get(0);
        assertThat(item.get("overdueDays").asLong()).isEqualTo(100);
        assertThat(item.get("bucket").asText()).isEqualTo("OVER_90");
        assertThat(item.get("open").asText()).isEqualTo("60.50");
        assertThat(item.get("contractNumber").asText()).isEqualTo(prefix + "-3");
        assertThat(item.get("dueDate").asText()).isEqualTo(today.minusDays(100).toString());

        JsonNode buckets = ok(as("finance").get("/api/receivables?q=" + prefix
                + "&bucket=DAYS_61_90&bucket=CURRENT&sort=-open"));
        assertThat(buckets.get("items")).extracting(n -> n.get("open").asText())
                .containsExactly("1000.00", "300.00", "250.00", "50.00");

        assertThat(ok(as("sales1").get("/api/receivables?q=" + prefix)).get("total").asLong()).isEqualTo(9);
        assertThat(as("finance").get("/api/receivables?sort=nope").statusCode()).isEqualTo(400);
        assertThat(as("finance").get("/api/receivables/export?format=pdf").statusCode()).isEqualTo(400);
        assertThat(Http.anonymous(port).get("/api/receivables/aging").statusCode()).isEqualTo(401);
        assertThat(Http.anonymous(port).get("/api/receivables").statusCode()).isEqualTo(401);

        HttpResponse<byte[]> csv = as("finance").getBytes("/api/receivables/export?format=csv&overdue=true&q="
                + prefix);
        assertThat(csv.statusCode()).isEqualTo(200);
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(10);
        assertThat(lines.get(0)).isEqualTo("\uFEFFcontractNumber,contractId,seq,customerId,customerName,owner,"
                + "dueDate,currency,amount,open,overdueDays,bucket");
        assertThat(lines.get(1)).startsWith(prefix + "-3,").endsWith(",USD,60.50,60.50,100,OVER_90");
        HttpResponse<byte[]> xlsx = as("finance").getBytes("/api/receivables/export?format=xlsx&q=" + prefix);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith((byte) 'P', (byte) 'K');
    }

    private ReceivablesFilter text(String text) {
        return new ReceivablesFilter(text, null, null, null, Set.of());
    }

    private List<OpenInstalment> list(String user, ReceivablesFilter filter) {
        return signedIn(user, () -> receivables.open(filter, PageRequest.of(0, 50)).getContent());
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

    private Http as(String username) {
        return Http.basic(port, username, "demo");
    }

    private long customer(Http http, String name) {
        HttpResponse<String> created = http.postJson("/api/customers", """
                {"type":"COMPANY","name":"%s","phone":"+86 136 %08d","source":"REFERRAL","grade":"ORDINARY",
                 "lifecycle":"NEW"}""".formatted(name, System.nanoTime() % 100_000_000));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ok(created).get("id").asLong();
    }

    private JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        try {
            return json.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }
}
