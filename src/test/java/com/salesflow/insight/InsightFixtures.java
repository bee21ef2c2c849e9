package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Order history for insight tests, written straight into the tables as signed contracts with their orders (the
 * contract process is tested elsewhere): a customer of {@code sales1} and orders on chosen days of chosen products.
 */
@Component
public class InsightFixtures {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000_000L);

    private final JdbcTemplate jdbc;
    private final Insight insight;
    private final UserDetailsService users;
    private Long priceList;
    private Long opportunity;

    InsightFixtures(JdbcTemplate jdbc, Insight insight, UserDetailsService users) {
        this.jdbc = jdbc;
        this.insight = insight;
        this.users = users;
    }

    public void signIn(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A company of sales1, lifecycle PROSPECT, grade ORDINARY, no tier. */
    public long customer(String name) {
        jdbc.update("insert into sf_customer (type, name, name_key, source, owner, grade, lifecycle, created_at, "
                + "created_by) values ('COMPANY', ?, ?, 'REFERRAL', 'sales1', 'ORDINARY', 'PROSPECT', ?, 'test')",
                name, name.toLowerCase(), Timestamp.from(Instant.now()));
        return jdbc.queryForObject("select max(id) from sf_customer where name = ?", Long.class, name);
    }

    /** A signed contract with its order on {@code day}, one line per product (quantity 1). */
    public void order(long customerId, LocalDate day, BigDecimal total, long... productIds) {
        ensureQuoteParents(customerId);
        String number = "I" + NUMBERS.incrementAndGet();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into sf_quote (number, version_no, opportunity_id, customer_id, status, price_list_id, "
                + "currency, language, header_discount_percent, valid_until, payment_terms_days, gross, lines_net, "
                + "header_discount, net, tax, total, cost, margin, margin_percent, max_line_discount, "
                + "total_discount_percent, owner, latest, created_at, created_by, updated_at, updated_by) values "
                + "(?, 1, ?, ?, 'ACCEPTED', ?, 'CNY', 'zh-CN', 0, ?, 30, ?, ?, 0, ?, 0, ?, 0, 0, 0, 0, 0, 'sales1', "
                + "true, ?, 'sales1', ?, 'sales1')", "Q" + number, opportunity, customerId, priceList,
                Date.valueOf(day), total, total, total, total, now, now);
        long quote = jdbc.queryForObject("select id from sf_quote where number = ?", Long.class, "Q" + number);
        jdbc.update("insert into sf_contract (number, version_no, quote_id, quote_number, opportunity_id, customer_id, "
                + "owner, status, currency, language, header_discount_percent, net, tax, total, payment_terms_days, "
                + "signed_on, created_at, created_by, updated_at, updated_by) values (?, 1, ?, ?, ?, ?, 'sales1', "
                + "'SIGNED', 'CNY', 'zh-CN', 0, ?, 0, ?, 30, ?, ?, 'sales1', ?, 'sales1')", "C" + number, quote,
                "Q" + number, opportunity, customerId, total, total, Date.valueOf(day), now, now);
        long contract = jdbc.queryForObject("select id from sf_contract where number = ?", Long.class, "C" + number);
        int position = 1;
        for (long product : productIds) {
            jdbc.update("insert into sf_contract_line (contract_id, position, product_id, product_code, "
                    + "product_name_en, product_name_zh, unit, quantity, unit_price, discount_percent, tax_rate, net, "
                    + "tax, delivered) values (?, ?, ?, ?, ?, ?, 'bag', 1, 1, 0, 0, 1, 0, 0)", contract, position++,
                    product, "P" + product, "Product " + product, "产品 " + product);
        }
        jdbc.update("insert into sf_order (number, contract_id, status, created_at) values (?, ?, 'OPEN', ?)",
                "O" + number, contract, now);
    }

    private void ensureQuoteParents(long customerId) {
        if (priceList == null) {
            jdbc.update("insert into sf_price_list (name, currency, valid_from, created_by, updated_by) values "
                    + "(?, 'CNY', ?, 'test', 'test')", "Insight test " + NUMBERS.get(), Date.valueOf("2020-01-01"));
            priceList = jdbc.queryForObject("select max(id) from sf_price_list", Long.class);
            jdbc.update("insert into sf_opportunity (customer_id, name, stage, currency, probability, owner, "
                    + "created_at, created_by) values (?, ?, 'WON', 'CNY', 100, 'sales1', ?, 'test')", customerId,
                    "Insight test " + NUMBERS.get(), Timestamp.from(Instant.now()));
            opportunity = jdbc.queryForObject("select max(id) from sf_opportunity", Long.class);
        }
    }

    /** Starts a run as admin and waits for it to end; it must end DONE. */
    public InsightRun runAndWait() {
        signIn("admin");
        InsightRun run = insight.start();
        long until = System.currentTimeMillis() + 120_000;
        while (run.status() == RunStatus.RUNNING && System.currentTimeMillis() < until) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            run = insight.run(run.id());
        }
        assertThat(run.status()).as("run %s: %s", run.id(), run.message()).isEqualTo(RunStatus.DONE);
        return run;
    }

    public List<java.util.Map<String, Object>> rows(String sql, Object... args) {
        return jdbc.queryForList(sql, args);
    }

    public static String unique() {
        return Long.toString(System.nanoTime()).substring(5);
    }
}
