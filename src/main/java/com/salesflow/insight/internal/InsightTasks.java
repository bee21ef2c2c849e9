package com.salesflow.insight.internal;

import com.salesflow.contract.OrderHistory;
import com.salesflow.customer.CustomerClasses;
import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.identity.UserDirectory;
import com.salesflow.insight.ClassKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work a run hands to people, and what their processes report back: win-back of lost customers
 * ({@code win-back}), grade confirmations ({@code grade-confirmation}) and replenishment follow-ups
 * ({@code replenishment}). Each record is written with the process that carries it, in the caller's transaction.
 */
@Service
@Transactional
class InsightTasks {

    static final String WIN_BACK = "win-back";
    static final String GRADE_CONFIRMATION = "grade-confirmation";
    static final String REPLENISHMENT = "replenishment";
    static final String ORDERED = "customer-ordered";
    static final String CUSTOMER_ID = "customerId";
    static final String WIN_BACK_ID = "winBackId";
    static final String SUGGESTION_ID = "suggestionId";
    static final String REPLENISHMENT_ID = "replenishmentId";

    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final CustomerClasses customerClasses;
    private final Customers customers;
    private final OrderHistory orders;
    private final UserDirectory users;
    private final Clock clock;

    InsightTasks(JdbcTemplate jdbc, RuntimeService runtime, CustomerClasses customerClasses, Customers customers,
            OrderHistory orders, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.customerClasses = customerClasses;
        this.customers = customers;
        this.orders = orders;
        this.users = users;
        this.clock = clock;
    }

    record Lost(long customerId, String owner) {
    }

    record Suggestion(long customerId, String owner, Grade current, Grade suggested) {
    }

    record Due(long customerId, String owner, long productId, String productName, int days, LocalDate last,
            BigDecimal meanInterval, LocalDate next) {
    }

    /** Records win-backs from today; their processes start in {@link #startPending}. */
    void recordWinBacks(List<Lost> lost, int winBackDays) {
        LocalDate today = LocalDate.now(clock);
        Timestamp now = now();
        jdbc.batchUpdate("insert into sf_win_back (customer_id, owner, started_at, started_on, deadline, status) "
                + "values (?, ?, ?, ?, ?, 'OPEN')", lost.stream().map(customer -> new Object[] {customer.customerId(),
                        customer.owner(), now, Date.valueOf(today), Date.valueOf(today.plusDays(winBackDays))})
                        .toList());
    }

    /** Customers with an open win-back who ordered again: their processes end as won back. */
    void ordered(List<Long> customerIds) {
        for (long customerId : customerIds) {
            runtime.createMessageCorrelation(ORDERED).processInstanceBusinessKey(String.valueOf(customerId))
                    .correlateAll();
        }
    }

    void wonBack(long winBackId) {
        jdbc.update("update sf_win_back set status = 'WON_BACK', ended_at = ? where id = ? and status = 'OPEN'", now(),
                winBackId);
    }

    /** The deadline passed: won back after all if an order came in meanwhile, else the customer is dropped. */
    void deadlinePassed(long winBackId) {
        Map<String, Object> row = jdbc.queryForMap("select customer_id, started_on from sf_win_back where id = ?",
                winBackId);
        long customerId = ((Number) row.get("customer_id")).longValue();
        LocalDate startedOn = ((java.sql.Date) row.get("started_on")).toLocalDate();
        if (orders.orderedSince(customerId, startedOn)) {
            wonBack(winBackId);
            return;
        }
        jdbc.update("update sf_win_back set status = 'DROPPED', ended_at = ? where id = ?", now(), winBackId);
        if (!customerClasses.isDropped(customerId)) {
            customerClasses.markDropped(customerId, true);
            history(customerId, null, ClassKind.DROPPED, "false", "true");
        }
    }

    void recordSuggestions(List<Suggestion> suggestions, long runId) {
        Timestamp now = now();
        jdbc.batchUpdate("insert into sf_grade_suggestion (customer_id, owner, run_id, current_grade, "
                + "suggested_grade, status, created_at) values (?, ?, ?, ?, ?, 'PENDING', ?)", suggestions.stream()
                        .map(suggestion -> new Object[] {suggestion.customerId(), suggestion.owner(), runId,
                                suggestion.current().name(), suggestion.suggested().name(), now}).toList());
    }

    void decideGrade(long suggestionId, boolean confirm, String by) {
        Map<String, Object> row = jdbc.queryForMap("select customer_id, current_grade, suggested_grade, status "
                + "from sf_grade_suggestion where id = ?", suggestionId);
        if (!"PENDING".equals(row.get("status"))) {
            return;
        }
        long customerId = ((Number) row.get("customer_id")).longValue();
        jdbc.update("update sf_grade_suggestion set status = ?, decided_by = ?, decided_at = ? where id = ?",
                confirm ? "CONFIRMED" : "REJECTED", by, now(), suggestionId);
        if (confirm) {
            Grade suggested = Grade.valueOf((String) row.get("suggested_grade"));
            String before = customerClasses.current(customerId).map(c -> c.grade().name()).orElse(null);
            customerClasses.changeGrade(customerId, suggested);
            history(customerId, null, ClassKind.GRADE, before, suggested.name());
        }
    }

    /** Records predictions; the caller leaves out those recorded before (same customer, product and day). */
    void recordReplenishments(List<Due> due) {
        Timestamp now = now();
        jdbc.batchUpdate("insert into sf_replenishment (customer_id, product_id, product_name, owner, purchase_days, "
                + "last_purchase, mean_interval_days, next_date, status, created_at) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)", due.stream().map(item -> new Object[] {item.customerId(),
                        item.productId(), item.productName(), item.owner(), item.days(), Date.valueOf(item.last()),
                        item.meanInterval(), Date.valueOf(item.next()), now}).toList());
    }

    /**
     * Starts the processes of up to {@code limit} recorded win-backs, grade suggestions and replenishments that have
     * none yet, oldest first; a run calls it until it returns 0.
     *
     * @return processes started
     */
    int startPending(int limit) {
        int started = 0;
        List<Map<String, Object>> winBacks = jdbc.queryForList("select id, customer_id, owner, deadline from "
                + "sf_win_back where process_instance_id is null and status = 'OPEN' order by id limit " + limit);
        Map<Long, String> names = names(winBacks);
        for (Map<String, Object> row : winBacks) {
            long customerId = number(row, "customer_id");
            LocalDate deadline = ((java.sql.Date) value(row, "deadline")).toLocalDate();
            String instance = runtime.startProcessInstanceByKey(WIN_BACK, String.valueOf(customerId),
                    Map.of(CUSTOMER_ID, customerId, WIN_BACK_ID, number(row, "id"), "owner", value(row, "owner"),
                            "deadline", date(deadline), "deadlineDay", deadline.toString(),
                            "customerName", names.getOrDefault(customerId, ""))).getId();
            jdbc.update("update sf_win_back set process_instance_id = ? where id = ?", instance, number(row, "id"));
            started++;
        }
        List<Map<String, Object>> suggestions = jdbc.queryForList("select id, customer_id, owner, current_grade, "
                + "suggested_grade from sf_grade_suggestion where process_instance_id is null and status = 'PENDING' "
                + "order by id limit " + limit);
        names = names(suggestions);
        Map<String, List<String>> approvers = new HashMap<>();
        for (Map<String, Object> row : suggestions) {
            long customerId = number(row, "customer_id");
            Map<String, Object> variables = new HashMap<>();
            variables.put(CUSTOMER_ID, customerId);
            variables.put(SUGGESTION_ID, number(row, "id"));
            variables.put("approvers", approvers.computeIfAbsent((String) value(row, "owner"),
                    owner -> new ArrayList<>(users.supervisorsOf(owner))));
            variables.put("customerName", names.getOrDefault(customerId, ""));
            variables.put("currentGrade", value(row, "current_grade"));
            variables.put("suggestedGrade", value(row, "suggested_grade"));
            String instance = runtime.startProcessInstanceByKey(GRADE_CONFIRMATION, String.valueOf(customerId),
                    variables).getId();
            jdbc.update("update sf_grade_suggestion set process_instance_id = ? where id = ?", instance,
                    number(row, "id"));
            started++;
        }
        List<Map<String, Object>> replenishments = jdbc.queryForList("select id, customer_id, owner, product_name, "
                + "mean_interval_days, next_date from sf_replenishment where process_instance_id is null and "
                + "status = 'OPEN' order by id limit " + limit);
        names = names(replenishments);
        for (Map<String, Object> row : replenishments) {
            long customerId = number(row, "customer_id");
            LocalDate next = ((java.sql.Date) value(row, "next_date")).toLocalDate();
            Map<String, Object> variables = new HashMap<>();
            variables.put(CUSTOMER_ID, customerId);
            variables.put(REPLENISHMENT_ID, number(row, "id"));
            variables.put("owner", value(row, "owner"));
            variables.put("nextDate", date(next));
            variables.put("nextDay", next.toString());
            variables.put("meanIntervalDays", ((BigDecimal) value(row, "mean_interval_days"))
                    .setScale(0, RoundingMode.HALF_UP).toPlainString());
            variables.put("customerName", names.getOrDefault(customerId, ""));
            variables.put("productName", value(row, "product_name"));
            String instance = runtime.startProcessInstanceByKey(REPLENISHMENT, String.valueOf(customerId),
                    variables).getId();
            jdbc.update("update sf_replenishment set process_instance_id = ? where id = ?", instance,
                    number(row, "id"));
            started++;
        }
        return started;
    }

    private Map<Long, String> names(List<Map<String, Object>> rows) {
        return rows.isEmpty() ? Map.of() : customers.namesOf(rows.stream().map(row -> number(row, "customer_id"))
                .distinct().toList());
    }

    /** Column values by name, whatever case the driver reports them in. */
    private static Object value(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value != null ? value : row.get(column.toUpperCase(java.util.Locale.ROOT));
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) value(row, column)).longValue();
    }

    void closeReplenishment(long replenishmentId) {
        jdbc.update("update sf_replenishment set status = 'DONE', closed_at = ? where id = ?", now(), replenishmentId);
    }

    void history(long customerId, Long runId, ClassKind kind, String from, String to) {
        jdbc.update("insert into sf_customer_class_change (customer_id, run_id, kind, old_value, new_value, "
                + "changed_at) values (?, ?, ?, ?, ?, ?)", customerId, runId, kind.name(), from, to, now());
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    /** Engine dates (due dates, timers) at the start of the day in the server's zone. */
    private static java.util.Date date(LocalDate day) {
        return java.util.Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
