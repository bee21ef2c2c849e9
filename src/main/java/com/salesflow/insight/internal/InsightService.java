package com.salesflow.insight.internal;

import com.salesflow.customer.Customers;
import com.salesflow.customer.Grade;
import com.salesflow.customer.OwnerScope;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.insight.ClassChange;
import com.salesflow.insight.ClassCount;
import com.salesflow.insight.ClassKind;
import com.salesflow.insight.GradeSuggestionView;
import com.salesflow.insight.Insight;
import com.salesflow.insight.InsightRun;
import com.salesflow.insight.ReplenishmentView;
import com.salesflow.insight.RunStatus;
import com.salesflow.insight.RunTrigger;
import com.salesflow.shared.NotFoundException;
import jakarta.annotation.PreDestroy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** {@link Insight}: runs start on a background thread of their own; the rest reads the insight tables. */
@Service
class InsightService implements Insight {

    private static final List<String> STARTERS = List.of(Roles.ADMINS, Roles.DIRECTORS, Roles.SUPERVISORS);
    private static final List<String> READERS = List.of(Roles.ADMINS, Roles.DIRECTORS, Roles.SUPERVISORS,
            Roles.SALES);

    private final ClassificationRunner runner;
    private final NamedParameterJdbcTemplate jdbc;
    private final Customers customers;
    private final CurrentUser currentUser;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "insight-run");
        thread.setDaemon(true);
        return thread;
    });

    InsightService(ClassificationRunner runner, NamedParameterJdbcTemplate jdbc, Customers customers,
            CurrentUser currentUser) {
        this.runner = runner;
        this.jdbc = jdbc;
        this.customers = customers;
        this.currentUser = currentUser;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    @Override
    public InsightRun start() {
        if (!mayStart()) {
            throw new AccessDeniedException("Only administrators, directors and supervisors start classification runs");
        }
        long id = runner.begin(RunTrigger.MANUAL, currentUser.requireUsername());
        background.execute(() -> runner.execute(id));
        return run(id);
    }

    @Override
    public boolean mayStart() {
        return STARTERS.stream().anyMatch(currentUser::hasRole);
    }

    @Override
    public List<InsightRun> runs(int limit) {
        requireReader();
        return jdbc.query("select * from sf_insight_run order by id desc limit " + Math.max(1, Math.min(limit, 200)),
                (rs, row) -> run(rs));
    }

    @Override
    public InsightRun run(long id) {
        requireReader();
        return jdbc.query("select * from sf_insight_run where id = :id", Map.of("id", id), (rs, row) -> run(rs))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("No classification run " + id));
    }

    @Override
    public List<ClassChange> history(long customerId) {
        customers.get(customerId);
        return jdbc.query("select * from sf_customer_class_change where customer_id = :id order by id desc",
                Map.of("id", customerId), (rs, row) -> new ClassChange(rs.getLong("id"), rs.getLong("customer_id"),
                        (Long) rs.getObject("run_id", Long.class), ClassKind.valueOf(rs.getString("kind")),
                        rs.getString("old_value"), rs.getString("new_value"), instant(rs, "changed_at")));
    }

    @Override
    public List<ClassCount> trend(ClassKind kind, int runs) {
        requireReader();
        List<Long> ids = jdbc.queryForList("select id from sf_insight_run where status = 'DONE' order by id desc "
                + "limit " + Math.max(1, Math.min(runs, 100)), Map.of(), Long.class);
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select c.run_id, r.finished_at, c.class_value, c.customers from sf_class_count c "
                + "join sf_insight_run r on r.id = c.run_id where c.kind = :kind and c.run_id in (:ids) "
                + "order by c.run_id, c.class_value", new MapSqlParameterSource("kind", kind.name())
                        .addValue("ids", ids), (rs, row) -> new ClassCount(rs.getLong(1), instant(rs, "finished_at"),
                                kind, rs.getString(3), rs.getInt(4)));
    }

    @Override
    public Page<ReplenishmentView> replenishments(Pageable pageable) {
        requireReader();
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = "where status = 'OPEN'" + scope(params);
        Long total = jdbc.queryForObject("select count(*) from sf_replenishment " + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<ReplenishmentView> rows = jdbc.query("select * from sf_replenishment " + where
                + " order by next_date, id limit :limit offset :offset", params, (rs, row) -> new ReplenishmentView(
                        rs.getLong("id"), rs.getLong("customer_id"), null, rs.getLong("product_id"),
                        rs.getString("product_name"), rs.getString("owner"), rs.getInt("purchase_days"),
                        rs.getDate("last_purchase").toLocalDate(), rs.getBigDecimal("mean_interval_days"),
                        rs.getDate("next_date").toLocalDate(), rs.getString("status")));
        Map<Long, String> names = customers.namesOf(rows.stream().map(ReplenishmentView::customerId).toList());
        List<ReplenishmentView> named = new ArrayList<>();
        for (ReplenishmentView row : rows) {
            named.add(new ReplenishmentView(row.id(), row.customerId(), names.get(row.customerId()), row.productId(),
                    row.productName(), row.owner(), row.purchaseDays(), row.lastPurchase(), row.meanIntervalDays(),
                    row.nextDate(), row.status()));
        }
        return new PageImpl<>(named, pageable, total == null ? 0 : total);
    }

    @Override
    public List<GradeSuggestionView> pendingSuggestions() {
        requireReader();
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<Object[]> rows = jdbc.query("select id, customer_id, current_grade, suggested_grade, status, created_at "
                + "from sf_grade_suggestion where status = 'PENDING'" + scope(params) + " order by id desc limit 200",
                params, (rs, row) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs, "created_at")});
        Map<Long, String> names = customers.namesOf(rows.stream().map(row -> (Long) row[1]).toList());
        return rows.stream().map(row -> new GradeSuggestionView((Long) row[0], (Long) row[1], names.get(row[1]),
                Grade.valueOf((String) row[2]), Grade.valueOf((String) row[3]), (String) row[4], (Instant) row[5]))
                .toList();
    }

    /** The caller's data scope on the rows' owner column, as the customer list decides it. */
    private String scope(MapSqlParameterSource params) {
        OwnerScope scope = customers.ownerScope();
        if (scope.all()) {
            return "";
        }
        params.addValue("owners", scope.owners().isEmpty() ? List.of("") : scope.owners());
        return " and owner in (:owners)";
    }

    private void requireReader() {
        if (READERS.stream().noneMatch(currentUser::hasRole)) {
            throw new AccessDeniedException("Insight is for sales, supervisors, directors and administrators");
        }
    }

    private static InsightRun run(ResultSet rs) throws SQLException {
        return new InsightRun(rs.getLong("id"), RunTrigger.valueOf(rs.getString("trigger_kind")),
                rs.getString("started_by"), instant(rs, "started_at"), instant(rs, "classified_at"),
                instant(rs, "finished_at"),
                RunStatus.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("processed"),
                rs.getInt("changed"), rs.getInt("tasks_started"), rs.getString("message"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
