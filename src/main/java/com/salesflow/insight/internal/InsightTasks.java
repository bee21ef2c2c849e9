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
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
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

    /** @return processes started */
    int startWinBacks(List<Lost> lost, int winBackDays) {
        if (lost.isEmpty()) {
            return 0;
        }
        Map<Long, String> names = customers.namesOf(lost.stream().map(Lost::customerId).toList());
        LocalDate today = LocalDate.now(clock);
        LocalDate deadline = today.plusDays(winBackDays);
        for (Lost customer : lost) {
            long id = insert("insert into sf_win_back (customer_id, owner, started_at, started_on, deadline, status) "
                    + "values (?, ?, ?, ?, ?, 'OPEN')", customer.customerId(), customer.owner(), now(),
                    Date.valueOf(today), Date.valueOf(deadline));
            String instance = runtime.startProcessInstanceByKey(WIN_BACK, String.valueOf(customer.customerId()),
                    Map.of(CUSTOMER_ID, customer.customerId(), WIN_BACK_ID, id, "owner", customer.owner(),
                            "deadline", date(deadline), "deadlineDay", deadline.toString(),
                            "customerName", names.getOrDefault(customer.customerId(), ""))).getId();
            jdbc.update("update sf_win_back set process_instance_id = ? where id = ?", instance, id);
        }
        return lost.size();
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

    int suggestGrades(List<Suggestion> suggestions, long runId) {
        if (suggestions.isEmpty()) {
            return 0;
        }
        Map<Long, String> names = customers.namesOf(suggestions.stream().map(Suggestion::customerId).toList());
        Map<String, List<String>> approvers = new HashMap<>();
        for (Suggestion suggestion : suggestions) {
            long id = insert("insert into sf_grade_suggestion (customer_id, owner, run_id, current_grade, "
                    + "suggested_grade, status, created_at) values (?, ?, ?, ?, ?, 'PENDING', ?)",
                    suggestion.customerId(), suggestion.owner(), runId, suggestion.current().name(),
                    suggestion.suggested().name(), now());
            Map<String, Object> variables = new HashMap<>();
            variables.put(CUSTOMER_ID, suggestion.customerId());
            variables.put(SUGGESTION_ID, id);
            variables.put("approvers", approvers.computeIfAbsent(suggestion.owner(),
                    owner -> new ArrayList<>(users.supervisorsOf(owner))));
            variables.put("customerName", names.getOrDefault(suggestion.customerId(), ""));
            variables.put("currentGrade", suggestion.current().name());
            variables.put("suggestedGrade", suggestion.suggested().name());
            String instance = runtime.startProcessInstanceByKey(GRADE_CONFIRMATION,
                    String.valueOf(suggestion.customerId()), variables).getId();
            jdbc.update("update sf_grade_suggestion set process_instance_id = ? where id = ?", instance, id);
        }
        return suggestions.size();
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

    /** @return follow-ups started; a prediction that already had one (same customer, product and day) is skipped */
    int startReplenishments(List<Due> due) {
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, String> names = customers.namesOf(due.stream().map(Due::customerId).distinct().toList());
        int started = 0;
        for (Due item : due) {
            Integer existing = jdbc.queryForObject("select count(*) from sf_replenishment where customer_id = ? and "
                    + "product_id = ? and next_date = ?", Integer.class, item.customerId(), item.productId(),
                    Date.valueOf(item.next()));
            if (existing != null && existing > 0) {
                continue;
            }
            long id = insert("insert into sf_replenishment (customer_id, product_id, product_name, owner, "
                    + "purchase_days, last_purchase, mean_interval_days, next_date, status, created_at) values "
                    + "(?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)", item.customerId(), item.productId(),
                    item.productName(), item.owner(), item.days(), Date.valueOf(item.last()), item.meanInterval(),
                    Date.valueOf(item.next()), now());
            Map<String, Object> variables = new HashMap<>();
            variables.put(CUSTOMER_ID, item.customerId());
            variables.put(REPLENISHMENT_ID, id);
            variables.put("owner", item.owner());
            variables.put("nextDate", date(item.next()));
            variables.put("nextDay", item.next().toString());
            variables.put("meanIntervalDays", item.meanInterval().setScale(0, RoundingMode.HALF_UP).toPlainString());
            variables.put("customerName", names.getOrDefault(item.customerId(), ""));
            variables.put("productName", item.productName());
            String instance = runtime.startProcessInstanceByKey(REPLENISHMENT, String.valueOf(item.customerId()),
                    variables).getId();
            jdbc.update("update sf_replenishment set process_instance_id = ? where id = ?", instance, id);
            started++;
        }
        return started;
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

    private long insert(String sql, Object... args) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
