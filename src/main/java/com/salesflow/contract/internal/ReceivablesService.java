package com.salesflow.contract.internal;

import com.salesflow.contract.AgingBucket;
import com.salesflow.contract.AgingReport;
import com.salesflow.contract.OpenInstalment;
import com.salesflow.contract.Receivables;
import com.salesflow.contract.ReceivablesFilter;
import com.salesflow.customer.CustomerFilter;
import com.salesflow.customer.CustomerSummary;
import com.salesflow.customer.Customers;
import com.salesflow.customer.OwnerScope;
import com.salesflow.shared.InvalidInputException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receivables read straight from {@code sf_instalment}, which carries the contract's customer, owner and currency so
 * that the aging needs no join. Bucket boundaries are computed here as dates and passed as parameters: the same SQL
 * runs on H2 and MariaDB, and "today" is the application clock's, not the database server's.
 */
@Service
@Transactional(readOnly = true)
class ReceivablesService implements Receivables {

    /** Customers a search text may match, as the quote list takes them (the customer search's own cap). */
    private static final int CUSTOMER_MATCHES = 200;

    /** Sortable properties of {@link OpenInstalment} and their columns. */
    static final Map<String, String> SORTABLE = Map.of("dueDate", "i.due_date", "open", "open_amount",
            "amount", "i.amount", "owner", "i.owner", "contractNumber", "c.number", "currency", "i.currency",
            "overdueDays", "i.due_date", "customerId", "i.customer_id", "seq", "i.seq", "instalmentId", "i.id");

    private final NamedParameterJdbcTemplate jdbc;
    private final Customers customers;
    private final Clock clock;
    private volatile Boolean onH2;

    ReceivablesService(NamedParameterJdbcTemplate jdbc, Customers customers, Clock clock) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * One row per currency that has open instalments, with all five buckets of it (zero where none is open), in
     * bucket order; no rows at all when nothing is open.
     */
    @Override
    public AgingReport aging(ReceivablesFilter filter) {
        LocalDate today = LocalDate.now(clock);
        Where where = where(customers.ownerScope(), filter, false);
        if (where.empty()) {
            return new AgingReport(today, List.of());
        }
        MapSqlParameterSource params = where.params();
        // One CASE per row names the bucket (its ordinal); the outer query counts and sums per currency and bucket.
        StringBuilder bucket = new StringBuilder("case");
        AgingBucket[] buckets = AgingBucket.values();
        for (int i = 0; i < buckets.length - 1; i++) {
            String name = "agingFrom" + i;
            params.addValue(name, today.minusDays(buckets[i].toDays()));
            bucket.append(" when i.due_date >= :").append(name).append(" then ").append(i);
        }
        bucket.append(" else ").append(buckets.length - 1).append(" end");
        String sql = "select currency, bucket, count(*) as instalments, sum(open_amount) as open_amount from ("
                + "select i.currency, " + bucket + " as bucket, i.amount - i.paid as open_amount from sf_instalment i"
                + " where " + where.sql() + ") b group by currency, bucket order by currency, bucket";
        Map<String, AgingReport.Row[]> byCurrency = new LinkedHashMap<>();
        jdbc.query(sql, params, (ResultSet rs) -> {
            AgingReport.Row[] row = byCurrency.computeIfAbsent(rs.getString("currency"),
                    currency -> new AgingReport.Row[buckets.length]);
            AgingBucket of = buckets[rs.getInt("bucket")];
            row[of.ordinal()] = new AgingReport.Row(rs.getString("currency"), of, rs.getLong("instalments"),
                    rs.getBigDecimal("open_amount").setScale(2));
        });
        List<AgingReport.Row> rows = new ArrayList<>();
        byCurrency.forEach((currency, row) -> {
            for (AgingBucket of : buckets) {
                rows.add(row[of.ordinal()] != null ? row[of.ordinal()]
                        : new AgingReport.Row(currency, of, 0, BigDecimal.ZERO.setScale(2)));
            }
        });
        return new AgingReport(today, List.copyOf(rows));
    }

    @Override
    public Page<OpenInstalment> open(ReceivablesFilter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        Where where = where(customers.ownerScope(), filter, true);
        if (where.empty()) {
            return new PageImpl<>(List.of(), pageable, 0);
        }
        MapSqlParameterSource params = where.params();
        // The contract joins only to sort by its number: joined, MariaDB starts from the contracts and sorts every
        // open instalment for one page; alone, the (status, due_date) index yields the first page directly.
        String orderBy = orderBy(pageable.getSort());
        boolean joined = orderBy.contains("c.number");
        String sql = "select i.id, i.contract_id, i.customer_id, i.owner, i.seq, i.due_date, i.currency, i.amount,"
                + " i.amount - i.paid as open_amount from sf_instalment i"
                + (joined ? " join sf_contract c on c.id = i.contract_id" : "") + " where " + where.sql()
                + " order by " + orderBy;
        if (pageable.isPaged()) {
            sql += " limit :limit offset :offset";
            params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        }
        List<Row> rows = jdbc.query(sql, params, (rs, n) -> row(rs));
        Map<Long, String> numbers = new HashMap<>();
        if (!rows.isEmpty()) {
            jdbc.query("select id, number from sf_contract where id in (:ids)",
                    Map.of("ids", rows.stream().map(Row::contractId).distinct().toList()),
                    (ResultSet rs) -> {
                        numbers.put(rs.getLong("id"), rs.getString("number"));
                    });
        }
        Map<Long, String> names = rows.isEmpty() ? Map.of()
                : customers.namesOf(rows.stream().map(Row::customerId).distinct().toList());
        List<OpenInstalment> content = rows.stream().map(row -> {
            long overdue = Math.max(0, ChronoUnit.DAYS.between(row.dueDate(), today));
            return new OpenInstalment(row.id(), row.contractId(), numbers.get(row.contractId()), row.customerId(),
                    names.get(row.customerId()), row.owner(), row.seq(), row.dueDate(), row.currency(), row.amount(),
                    row.open(), overdue, AgingBucket.of(ChronoUnit.DAYS.between(row.dueDate(), today)));
        }).toList();
        if (pageable.isUnpaged()) {
            return new PageImpl<>(content);
        }
        // Spring counts only when the page does not tell the total by itself.
        long total = content.size() < pageable.getPageSize() && (pageable.getOffset() == 0 || !content.isEmpty())
                ? pageable.getOffset() + content.size() : count(where);
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public long count(ReceivablesFilter filter) {
        Where where = where(customers.ownerScope(), filter, true);
        return where.empty() ? 0 : count(where);
    }

    private long count(Where where) {
        Long count = jdbc.queryForObject("select count(*) from sf_instalment i where " + where.sql(),
                where.params(), Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public BigDecimal openOf(long customerId) {
        BigDecimal open = jdbc.queryForObject("select sum(amount - paid) from sf_instalment"
                + " where customer_id = :customerId and status = 'OPEN'", Map.of("customerId", customerId),
                BigDecimal.class);
        return open == null ? BigDecimal.ZERO.setScale(2) : open.setScale(2);
    }

    // ---- SQL pieces ----

    private record Where(String sql, MapSqlParameterSource params, boolean empty) {
    }

    private record Row(long id, long contractId, long customerId, String owner, int seq,
            LocalDate dueDate, String currency, BigDecimal amount, BigDecimal open) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("contract_id"), rs.getLong("customer_id"),
                rs.getString("owner"), rs.getInt("seq"), rs.getObject("due_date", LocalDate.class),
                rs.getString("currency"), rs.getBigDecimal("amount").setScale(2),
                rs.getBigDecimal("open_amount").setScale(2));
    }

    /**
     * The conditions of the caller's scope and the filter. {@code withBuckets}: the list narrows to the filter's
     * buckets; the aging report always shows them all. {@code empty}: nothing can match (no owners in scope).
     */
    private Where where(OwnerScope scope, ReceivablesFilter filter, boolean withBuckets) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> conditions = new ArrayList<>();
        conditions.add("i.status = 'OPEN'");
        if (!scope.all()) {
            if (scope.owners().isEmpty()) {
                return new Where("", params, true);
            }
            conditions.add("i.owner in (:scopeOwners)");
            params.addValue("scopeOwners", scope.owners());
        }
        ReceivablesFilter f = filter == null ? ReceivablesFilter.all() : filter;
        if (trim(f.owner()) != null) {
            conditions.add("i.owner = :owner");
            params.addValue("owner", f.owner().strip());
        }
        if (f.customerId() != null) {
            conditions.add("i.customer_id = :customerId");
            params.addValue("customerId", f.customerId());
        }
        if (trim(f.currency()) != null) {
            conditions.add("i.currency = :currency");
            params.addValue("currency", f.currency().strip().toUpperCase(Locale.ROOT));
        }
        String text = trim(f.text());
        if (text != null) {
            String byNumber = "i.contract_id in (select n.id from sf_contract n where n.number like :numberPrefix"
                    + " escape '!')";
            params.addValue("numberPrefix", text.toUpperCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%");
            Collection<Long> customerIds = customers.search(CustomerFilter.text(text),
                    PageRequest.of(0, CUSTOMER_MATCHES)).map(CustomerSummary::id).getContent();
            if (customerIds.isEmpty()) {
                conditions.add(byNumber);
            } else {
                conditions.add("(" + byNumber + " or i.customer_id in (:textCustomers))");
                params.addValue("textCustomers", customerIds);
            }
        }
        Set<AgingBucket> buckets = f.buckets() == null ? Set.of() : f.buckets();
        if (withBuckets && !buckets.isEmpty() && buckets.size() < AgingBucket.values().length) {
            conditions.add(dueDates(EnumSet.copyOf(buckets), LocalDate.now(clock), params));
        }
        return new Where(String.join(" and ", conditions), params, false);
    }

    /**
     * The due dates of the buckets {@code first} to {@code last} as of {@code today}: {@code due_date >= today} is
     * CURRENT; n days overdue means {@code due_date = today - n}.
     */
    private static String range(AgingBucket first, AgingBucket last, LocalDate today, MapSqlParameterSource params) {
        List<String> bounds = new ArrayList<>();
        // Days overdue from first.fromDays to last.toDays: due from today - last.toDays up to today - first.fromDays.
        if (last != AgingBucket.OVER_90) {
            String name = "dueFrom_" + last.name();
            params.addValue(name, today.minusDays(last.toDays()));
            bounds.add("i.due_date >= :" + name);
        }
        if (first != AgingBucket.CURRENT) {
            String name = "dueBefore_" + first.name();
            params.addValue(name, today.minusDays(first.fromDays() - 1L));
            bounds.add("i.due_date < :" + name);
        }
        return bounds.isEmpty() ? "1 = 1" : "(" + String.join(" and ", bounds) + ")";
    }

    /** Adjacent buckets become one range, so that "overdue" is {@code due_date < today}. */
    private static String dueDates(EnumSet<AgingBucket> buckets, LocalDate today, MapSqlParameterSource params) {
        List<String> ranges = new ArrayList<>();
        AgingBucket start = null;
        AgingBucket previous = null;
        for (AgingBucket bucket : AgingBucket.values()) {
            if (buckets.contains(bucket)) {
                if (start == null) {
                    start = bucket;
                }
                previous = bucket;
            } else if (start != null) {
                ranges.add(range(start, previous, today, params));
                start = null;
            }
        }
        if (start != null) {
            ranges.add(range(start, previous, today, params));
        }
        return ranges.size() == 1 ? ranges.get(0) : "(" + String.join(" or ", ranges) + ")";
    }

    private String orderBy(Sort sort) {
        Map<String, String> order = new LinkedHashMap<>();
        if (statusFirst()) {
            // Constant (only OPEN rows are read), but H2 then takes the default order from the (status, due_date)
            // index: the first page of 75,000 overdue instalments reads 50 rows instead of sorting them all.
            // MariaDB needs the opposite: with the connection's collation (utf8mb4_unicode_ci) unlike the table's,
            // status in the ORDER BY makes it read and sort every open instalment.
            order.put("i.status", "i.status asc");
        }
        for (Sort.Order o : sort) {
            String column = SORTABLE.get(o.getProperty());
            if (column == null) {
                throw InvalidInputException.of("sort", "sort.unknown",
                        "Cannot sort by " + o.getProperty() + "; sort by one of " + SORTABLE.keySet());
            }
            // Most overdue first means the earliest due date first: overdueDays descending is dueDate ascending.
            boolean ascending = o.isAscending() != o.getProperty().equals("overdueDays");
            order.putIfAbsent(column, column + (ascending ? " asc" : " desc"));
        }
        order.putIfAbsent("i.due_date", "i.due_date asc");
        order.putIfAbsent("i.id", "i.id asc");
        return String.join(", ", order.values());
    }

    private boolean statusFirst() {
        Boolean h2 = onH2;
        if (h2 == null) {
            h2 = Boolean.TRUE.equals(jdbc.getJdbcTemplate().execute((java.sql.Connection connection) ->
                    connection.getMetaData().getDatabaseProductName().equals("H2")));
            onH2 = h2;
        }
        return h2;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
