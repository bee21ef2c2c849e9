package com.salesflow.contract;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;

/**
 * Signed contracts and their instalments written straight into the tables, for tests and the benchmark of
 * receivables (the contract service's own entities are not needed to read them). Each contract gets a minimal quote
 * of its own ({@code sf_contract.quote_id} is unique); quotes hang off one opportunity and one price list per fixture.
 * {@link #cleanUp()} deletes everything this fixture wrote.
 */
public final class ReceivablesRows {

    private final JdbcTemplate jdbc;
    private final String tag;
    private final Timestamp now = Timestamp.from(Instant.now());
    private final List<Long> contracts = new ArrayList<>();
    private final List<Long> quotes = new ArrayList<>();
    private final List<Long> opportunities = new ArrayList<>();
    private final List<Long> customers = new ArrayList<>();
    private Long priceList;
    private int serial;

    /** {@code tag}: a short unique text (letters and digits, at most 8) for numbers and names. */
    public ReceivablesRows(JdbcTemplate jdbc, String tag) {
        this.jdbc = jdbc;
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** A company customer written directly (not searchable by name: the search terms are the customer service's). */
    public long customer(String name, String owner) {
        long id = insert("sf_customer", Map.of("type", "COMPANY", "name", name, "name_key", name.toLowerCase(),
                "source", "REFERRAL", "owner", owner, "grade", "ORDINARY", "lifecycle", "NEW", "created_at", now,
                "created_by", "test"));
        customers.add(id);
        return id;
    }

    /** A signed contract of {@code owner} with the customer, numbered {@code HT-<tag>-<n>}; returns its id. */
    public long contract(long customerId, String owner, String currency) {
        String number = "HT-" + tag + "-" + (++serial);
        return contract(number, customerId, owner, currency);
    }

    public long contract(String number, long customerId, String owner, String currency) {
        long opportunityId = opportunity(customerId, owner);
        long quoteId = insert("sf_quote", Map.ofEntries(Map.entry("number", number.replace("HT-", "QR-")),
                Map.entry("version_no", 1), Map.entry("opportunity_id", opportunityId),
                Map.entry("customer_id", customerId), Map.entry("status", "ACCEPTED"),
                Map.entry("price_list_id", priceList()), Map.entry("currency", currency), Map.entry("language", "en"),
                Map.entry("header_discount_percent", BigDecimal.ZERO), Map.entry("valid_until", Date.valueOf(
                        LocalDate.now().plusDays(30))), Map.entry("payment_terms_days", 30),
                Map.entry("gross", BigDecimal.TEN), Map.entry("lines_net", BigDecimal.TEN),
                Map.entry("header_discount", BigDecimal.ZERO), Map.entry("net", BigDecimal.TEN),
                Map.entry("tax", BigDecimal.ZERO), Map.entry("total", BigDecimal.TEN),
                Map.entry("cost", BigDecimal.ONE), Map.entry("margin", BigDecimal.ONE),
                Map.entry("margin_percent", BigDecimal.ONE), Map.entry("max_line_discount", BigDecimal.ZERO),
                Map.entry("total_discount_percent", BigDecimal.ZERO), Map.entry("owner", owner),
                Map.entry("latest", true), Map.entry("created_at", now), Map.entry("created_by", owner),
                Map.entry("updated_at", now), Map.entry("updated_by", owner)));
        quotes.add(quoteId);
        long contractId = insert("sf_contract", Map.ofEntries(Map.entry("number", number),
                Map.entry("version_no", 1), Map.entry("quote_id", quoteId),
                Map.entry("quote_number", number.replace("HT-", "QR-")), Map.entry("opportunity_id", opportunityId),
                Map.entry("customer_id", customerId), Map.entry("owner", owner), Map.entry("status", "SIGNED"),
                Map.entry("currency", currency), Map.entry("language", "en"),
                Map.entry("header_discount_percent", BigDecimal.ZERO), Map.entry("net", BigDecimal.TEN),
                Map.entry("tax", BigDecimal.ZERO), Map.entry("total", BigDecimal.TEN),
                Map.entry("payment_terms_days", 30), Map.entry("created_at", now), Map.entry("created_by", owner),
                Map.entry("updated_at", now), Map.entry("updated_by", owner)));
        contracts.add(contractId);
        return contractId;
    }

    /** An instalment of the contract, with the contract's customer, owner and currency copied as the service does. */
    public void instalment(long contractId, int seq, LocalDate due, String amount, String paid, String status) {
        Map<String, Object> contract = jdbc.queryForMap("select customer_id, owner, currency from sf_contract where id = ?",
                contractId);
        jdbc.update("insert into sf_instalment (contract_id, seq, due_date, amount, paid, status, prepayment, "
                + "customer_id, owner, currency) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", contractId, seq,
                Date.valueOf(due), new BigDecimal(amount), new BigDecimal(paid), status, false,
                contract.get("customer_id"), contract.get("owner"), contract.get("currency"));
    }

    private long opportunity(long customerId, String owner) {
        long id = insert("sf_opportunity", Map.of("customer_id", customerId, "name", "Receivables " + tag,
                "stage", "WON", "currency", "CNY", "probability", 100, "owner", owner, "created_at", now,
                "created_by", owner));
        opportunities.add(id);
        return id;
    }

    private long priceList() {
        if (priceList == null) {
            priceList = insert("sf_price_list", Map.of("name", "Receivables " + tag, "currency", "CNY",
                    "valid_from", Date.valueOf(LocalDate.now().minusYears(1)), "created_by", "test", "updated_by",
                    "test"));
        }
        return priceList;
    }

    private long insert(String table, Map<String, ?> values) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingColumns(values.keySet().toArray(String[]::new))
                .usingGeneratedKeyColumns("id").executeAndReturnKey(values).longValue();
    }

    /** Deletes the rows written, children first. */
    public void cleanUp() {
        for (Long contract : contracts) {
            jdbc.update("delete from sf_instalment where contract_id = ?", contract);
            jdbc.update("delete from sf_contract where id = ?", contract);
        }
        quotes.forEach(id -> jdbc.update("delete from sf_quote where id = ?", id));
        opportunities.forEach(id -> jdbc.update("delete from sf_opportunity where id = ?", id));
        customers.forEach(id -> jdbc.update("delete from sf_customer where id = ?", id));
        if (priceList != null) {
            jdbc.update("delete from sf_price_list where id = ?", priceList);
        }
    }
}
