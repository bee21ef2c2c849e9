package com.salesflow.insight.internal;

import com.salesflow.contract.OrderHistory;
import com.salesflow.customer.CustomerClasses;
import com.salesflow.customer.Grade;
import com.salesflow.customer.Lifecycle;
import com.salesflow.insight.ClassKind;
import com.salesflow.insight.RunTrigger;
import com.salesflow.shared.ConflictException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One classification run: order history aggregated in the database (one row per customer, never the orders), RFM
 * quintile ranks in those rows, then every customer once, in id order, with the three tables; changes,
 * history and the tasks they call for are written every {@code batchSize} customers in a transaction of their own,
 * which also moves the run's progress. Replenishment follows from the repeated purchases, aggregated the same way.
 * Memory: a few arrays of one entry per customer with orders, and the owners of active customers.
 */
@Service
class ClassificationRunner {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(ClassificationRunner.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final OrderHistory orders;
    private final CustomerClasses customerClasses;
    private final ClassDecisionTables tables;
    private final InsightTasks tasks;
    private final InsightProperties properties;
    private final Clock clock;

    ClassificationRunner(JdbcTemplate jdbc, PlatformTransactionManager transactions, OrderHistory orders,
            CustomerClasses customerClasses, ClassDecisionTables tables, InsightTasks tasks,
            InsightProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.orders = orders;
        this.customerClasses = customerClasses;
        this.tables = tables;
        this.tasks = tasks;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records a new run; a conflict ({@code insight.running}) while another one runs. */
    long begin(RunTrigger trigger, String by) {
        try {
            return Objects.requireNonNull(transaction.execute(status -> {
                org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.update(connection -> {
                    var statement = connection.prepareStatement("insert into sf_insight_run (trigger_kind, "
                            + "started_by, started_at, status, running_key, total, processed, changed, "
                            + "tasks_started) values (?, ?, ?, 'RUNNING', 'RUNNING', 0, 0, 0, 0)", new String[] {"id"});
                    statement.setString(1, trigger.name());
                    statement.setString(2, by);
                    statement.setTimestamp(3, Timestamp.from(clock.instant()));
                    return statement;
                }, keys);
                return keys.getKey().longValue();
            }));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("insight.running", "A classification run is under way; wait for it to end.");
        }
    }

    /** Does the run recorded by {@link #begin}; records the failure instead of throwing. */
    void execute(long runId) {
        long started = System.nanoTime();
        try {
            Result result = classify(runId);
            transaction.executeWithoutResult(status -> {
                jdbc.update("update sf_insight_run set status = 'DONE', running_key = null, finished_at = ?, "
                        + "processed = ?, changed = ?, tasks_started = ? where id = ?",
                        Timestamp.from(clock.instant()), result.processed, result.changed, result.tasksStarted, runId);
                counts(runId);
            });
            log.info("Classification run {}: {} customers, {} changed, {} tasks, {} ms", runId, result.processed,
                    result.changed, result.tasksStarted, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Classification run {} failed", runId, e);
            String message = String.valueOf(e.getMessage());
            transaction.executeWithoutResult(status -> jdbc.update("update sf_insight_run set status = 'FAILED', "
                    + "running_key = null, finished_at = ?, message = ? where id = ?", Timestamp.from(clock.instant()),
                    message.substring(0, Math.min(1000, message.length())), runId));
        }
    }

    /** Runs left RUNNING by a stopped application (before this JVM started) can never finish: mark them failed. */
    void failInterrupted(java.time.Instant before) {
        jdbc.update("update sf_insight_run set status = 'FAILED', running_key = null, message = 'interrupted' "
                + "where status = 'RUNNING' and started_at < ?", Timestamp.from(before));
    }

    private static final class Result {
        int processed;
        int changed;
        int tasksStarted;
    }

    /** Per customer with orders, by customer id: the figures the scores and tables need. */
    private static final class Aggregates {
        long[] ids = new long[1024];
        int[] orders = new int[1024];
        int[] firstDay = new int[1024];
        int[] lastDay = new int[1024];
        double[] total = new double[1024];
        int size;

        void add(OrderHistory.CustomerOrders row) {
            if (size == ids.length) {
                int grown = size * 2;
                ids = Arrays.copyOf(ids, grown);
                orders = Arrays.copyOf(orders, grown);
                firstDay = Arrays.copyOf(firstDay, grown);
                lastDay = Arrays.copyOf(lastDay, grown);
                total = Arrays.copyOf(total, grown);
            }
            ids[size] = row.customerId();
            orders[size] = row.orders();
            firstDay[size] = (int) row.firstOrder().toEpochDay();
            lastDay[size] = (int) row.lastOrder().toEpochDay();
            total[size] = row.total() == null ? 0 : row.total().doubleValue();
            size++;
        }

        double[] copy(int[] values) {
            double[] copy = new double[size];
            for (int i = 0; i < size; i++) {
                copy[i] = values[i];
            }
            return copy;
        }
    }

    private Result classify(long runId) {
        LocalDate today = LocalDate.now(clock);
        int todayDay = (int) today.toEpochDay();
        Integer total = jdbc.queryForObject("select count(*) from sf_customer", Integer.class);
        jdbc.update("update sf_insight_run set total = ? where id = ?", total, runId);

        Aggregates aggregates = new Aggregates();
        orders.forEachCustomer(aggregates::add);
        Quintiles recency = new Quintiles(aggregates.copy(aggregates.lastDay), aggregates.size);
        Quintiles frequency = new Quintiles(aggregates.copy(aggregates.orders), aggregates.size);
        Quintiles monetary = new Quintiles(Arrays.copyOf(aggregates.total, aggregates.size), aggregates.size);
        ClassDecisions decisions = tables.load();

        Set<Long> pendingSuggestions = new HashSet<>(jdbc.queryForList(
                "select customer_id from sf_grade_suggestion where status = 'PENDING'", Long.class));
        Set<Long> openWinBacks = new HashSet<>(jdbc.queryForList(
                "select customer_id from sf_win_back where status = 'OPEN'", Long.class));
        Map<Long, Integer> lastWinBack = new HashMap<>();
        jdbc.query("select customer_id, max(started_on) from sf_win_back group by customer_id",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> lastWinBack.put(rs.getLong(1),
                        (int) rs.getDate(2).toLocalDate().toEpochDay()));
        Map<Long, String> activeOwners = new HashMap<>();

        Result result = new Result();
        Batch batch = new Batch(runId);
        int[] next = {0};
        customerClasses.forEach(customer -> {
            long id = customer.customerId();
            while (next[0] < aggregates.size && aggregates.ids[next[0]] < id) {
                next[0]++;
            }
            int i = next[0];
            boolean ordered = i < aggregates.size && aggregates.ids[i] == id;
            String tier = null;
            Lifecycle lifecycle;
            Grade suggested = null;
            if (ordered) {
                int r = recency.score(aggregates.lastDay[i]);
                int f = frequency.score(aggregates.orders[i]);
                int m = monetary.score(aggregates.total[i]);
                tier = decisions.tier(r, f, m);
                lifecycle = decisions.lifecycle(aggregates.orders[i], todayDay - aggregates.firstDay[i],
                        todayDay - aggregates.lastDay[i]);
                suggested = decisions.grade((f + m + 1) / 2, r, customer.creditRating());
            } else {
                lifecycle = decisions.lifecycle(0, 0, 0);
            }
            // An order after being dropped brings the customer back.
            boolean dropped = customer.dropped() && lifecycle == Lifecycle.LOST;
            boolean changed = false;
            if (!Objects.equals(tier, customer.rfmTier())) {
                batch.history(id, ClassKind.RFM_TIER, customer.rfmTier(), tier);
                changed = true;
            }
            if (lifecycle != customer.lifecycle()) {
                batch.history(id, ClassKind.LIFECYCLE, customer.lifecycle().name(), lifecycle.name());
                changed = true;
            }
            if (dropped != customer.dropped()) {
                batch.history(id, ClassKind.DROPPED, String.valueOf(customer.dropped()), String.valueOf(dropped));
                changed = true;
            }
            if (changed) {
                batch.updates.add(new CustomerClasses.Update(id, tier, lifecycle, dropped));
                result.changed++;
            }
            String owner = customer.owner();
            if (owner != null && !dropped) {
                activeOwners.put(id, owner);
                if (ordered && lifecycle == Lifecycle.LOST && !openWinBacks.contains(id)
                        && lastWinBack.getOrDefault(id, Integer.MIN_VALUE) < aggregates.lastDay[i]) {
                    batch.lost.add(new InsightTasks.Lost(id, owner));
                }
                if (properties.gradeSuggestions() && suggested != null && suggested != customer.grade()
                        && !pendingSuggestions.contains(id)) {
                    batch.suggestions.add(new InsightTasks.Suggestion(id, owner, customer.grade(), suggested));
                }
            }
            if (openWinBacks.contains(id) && lifecycle != Lifecycle.LOST) {
                batch.ordered.add(id);
            }
            result.processed++;
            if (result.processed % properties.batchSize() == 0) {
                result.tasksStarted += batch.flush(result.processed, result.changed);
            }
        });
        result.tasksStarted += batch.flush(result.processed, result.changed);
        replenish(today, activeOwners, runId, result);
        jdbc.update("update sf_insight_run set classified_at = ? where id = ?", Timestamp.from(clock.instant()),
                runId);
        result.tasksStarted = startTasks(runId);
        return result;
    }

    /** What a run has decided since its last write. */
    private final class Batch {
        final long runId;
        final List<CustomerClasses.Update> updates = new ArrayList<>();
        final List<Object[]> history = new ArrayList<>();
        final List<InsightTasks.Lost> lost = new ArrayList<>();
        final List<InsightTasks.Suggestion> suggestions = new ArrayList<>();
        final List<Long> ordered = new ArrayList<>();

        Batch(long runId) {
            this.runId = runId;
        }

        void history(long customerId, ClassKind kind, String from, String to) {
            history.add(new Object[] {customerId, runId, kind.name(), from, to, Timestamp.from(clock.instant())});
        }

        int flush(int processed, int changed) {
            Integer started = transaction.execute(status -> {
                if (!updates.isEmpty()) {
                    customerClasses.update(updates);
                }
                if (!history.isEmpty()) {
                    jdbc.batchUpdate("insert into sf_customer_class_change (customer_id, run_id, kind, old_value, "
                            + "new_value, changed_at) values (?, ?, ?, ?, ?, ?)", history);
                }
                tasks.ordered(ordered);
                tasks.recordWinBacks(lost, properties.winBackDays());
                tasks.recordSuggestions(suggestions, runId);
                jdbc.update("update sf_insight_run set processed = ?, changed = ? where id = ?", processed, changed,
                        runId);
                return 0;
            });
            updates.clear();
            history.clear();
            lost.clear();
            suggestions.clear();
            ordered.clear();
            return started == null ? 0 : started;
        }
    }

    /**
     * For each customer × product bought on enough distinct days: mean interval = (last − first) / (days − 1), next
     * = last + mean. Due when next − lead days is today or past, and not yet so long past (more than one interval)
     * that the customer has evidently stopped buying it.
     */
    private int replenish(LocalDate today, Map<Long, String> activeOwners, long runId, Result result) {
        Set<String> open = new HashSet<>(jdbc.query("select customer_id, product_id from sf_replenishment "
                + "where status = 'OPEN'", (rs, row) -> rs.getLong(1) + ":" + rs.getLong(2)));
        Set<String> known = new HashSet<>(jdbc.query("select customer_id, product_id, next_date from "
                + "sf_replenishment", (rs, row) -> rs.getLong(1) + ":" + rs.getLong(2) + ":" + rs.getDate(3)));
        List<InsightTasks.Due> due = new ArrayList<>();
        int lead = properties.replenishmentLeadDays();
        orders.forEachRepeatedPurchase(properties.minPurchaseDays(), purchase -> {
            String owner = activeOwners.get(purchase.customerId());
            if (owner == null || open.contains(purchase.customerId() + ":" + purchase.productId())) {
                return;
            }
            long span = ChronoUnit.DAYS.between(purchase.firstDay(), purchase.lastDay());
            BigDecimal mean = BigDecimal.valueOf(span).divide(BigDecimal.valueOf(purchase.days() - 1L), 1,
                    RoundingMode.HALF_UP);
            long meanDays = mean.setScale(0, RoundingMode.HALF_UP).longValue();
            LocalDate next = purchase.lastDay().plusDays(meanDays);
            if (!next.minusDays(lead).isAfter(today) && !today.isAfter(next.plusDays(meanDays))
                    && !known.contains(purchase.customerId() + ":" + purchase.productId() + ":"
                            + java.sql.Date.valueOf(next))) {
                due.add(new InsightTasks.Due(purchase.customerId(), owner, purchase.productId(),
                        purchase.productName(), purchase.days(), purchase.lastDay(), mean, next));
            }
        });
        for (int from = 0; from < due.size(); from += properties.batchSize()) {
            List<InsightTasks.Due> part = due.subList(from, Math.min(due.size(), from + properties.batchSize()));
            transaction.executeWithoutResult(status -> tasks.recordReplenishments(part));
        }
        return 0;
    }

    /** Starts the processes of what the run recorded, in transactions of {@code batchSize / 5} each. */
    private int startTasks(long runId) {
        int started = 0;
        int batchSize = Math.max(1, properties.batchSize() / 5);
        while (true) {
            Integer count = transaction.execute(status -> {
                int n = tasks.startPending(batchSize);
                jdbc.update("update sf_insight_run set tasks_started = tasks_started + ? where id = ?", n, runId);
                return n;
            });
            if (count == null || count == 0) {
                return started;
            }
            started += count;
        }
    }

    /** Customers per class now, for the trend chart. */
    private void counts(long runId) {
        for (String[] kind : new String[][] {{"RFM_TIER", "rfm_tier"}, {"LIFECYCLE", "lifecycle"},
                {"GRADE", "grade"}}) {
            jdbc.update("insert into sf_class_count (run_id, kind, class_value, customers) select ?, ?, "
                    + "coalesce(" + kind[1] + ", '-'), count(*) from sf_customer group by coalesce(" + kind[1]
                    + ", '-')", runId, kind[0]);
        }
        jdbc.update("insert into sf_class_count (run_id, kind, class_value, customers) select ?, 'DROPPED', 'true', "
                + "count(*) from sf_customer where dropped = true", runId);
    }
}
