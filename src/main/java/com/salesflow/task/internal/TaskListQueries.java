package com.salesflow.task.internal;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.task.TaskFilter;
import java.sql.DatabaseMetaData;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The task lists as SQL on the engine's runtime tables: ids of one page in order, and the total.
 *
 * <p>Why not the engine's {@code TaskQuery}: its candidate query joins the identity links and selects
 * {@code distinct}, so the database has to find, de-duplicate and sort every task offered to the user before it can
 * return the first 50 (676 ms p95 for Group tasks with 100,000 open tasks, docs/benchmarks.md). Here the candidacy is
 * a test per task, so the database walks the unassigned tasks in the order of an index on (assignee, due date) and
 * stops after one page. The conditions mirror the engine's own task query mapping (camunda-engine
 * {@code Task.xml}), so the lists hold the same tasks as {@code /engine-rest/task} would; the tasks of a page are
 * then read through the engine by id. See docs/decisions/0004-task-list.md.
 */
@Component
class TaskListQueries {

    /**
     * Which tasks a list starts from before filters: assigned to someone in a set, offered to a user, or delegated by
     * a user and not yet returned.
     */
    record Scope(Collection<String> assignees, String candidateUser, Collection<String> candidateGroups,
            String delegatedBy) {

        static Scope assignedTo(Collection<String> assignees) {
            return new Scope(assignees, null, List.of(), null);
        }

        static Scope offeredTo(String user, Collection<String> groups) {
            return new Scope(null, user, groups, null);
        }

        static Scope delegatedBy(String owner) {
            return new Scope(null, null, List.of(), owner);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean orderByAssigneeInQueue;

    TaskListQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.orderByAssigneeInQueue = isH2(jdbc);
    }

    List<String> pageIds(Scope scope, TaskFilter filter, Instant now, ZoneId zone, Sort sort, long offset,
            int size) {
        Where where = where(scope, filter, now, zone);
        where.parameters.put("limit", size);
        where.parameters.put("offset", offset);
        boolean inQueueOrder = isQueue(scope) && (sort.isUnsorted() || isDueAscending(sort));
        return jdbc.queryForList("select T.ID_ from " + from(inQueueOrder) + " where " + where.sql + " order by "
                + (inQueueOrder && orderByAssigneeInQueue ? "T.ASSIGNEE_, " : "") + orderBy(sort)
                + " limit :limit offset :offset", where.parameters, String.class);
    }

    /** The number of tasks, counted up to {@code limit}. */
    long count(Scope scope, TaskFilter filter, Instant now, ZoneId zone, int limit) {
        Where where = where(scope, filter, now, zone);
        where.parameters.put("limit", limit);
        Long count = jdbc.queryForObject("select count(*) from (select 1 as ONE from " + from(isQueue(scope))
                + " where " + where.sql + " limit :limit) COUNTED", where.parameters, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Unassigned tasks are read through {@link TaskListIndexes#QUEUE}: both H2 and MySQL otherwise prefer the
     * engine's single-column assignee index and sort every offered task.
     */
    private static String from(boolean throughQueueIndex) {
        return throughQueueIndex ? "ACT_RU_TASK T use index (" + TaskListIndexes.QUEUE + ")" : "ACT_RU_TASK T";
    }

    /**
     * Whether the queue's order must name the assignee (null, so constant) before the due date: H2 sees that the
     * index already has the order only then, whereas MariaDB reads the same order by with a sort of every unassigned
     * task ({@code Using filesort}) and without the assignee straight from the index (EXPLAIN, 2026-11-24).
     */
    private static boolean isH2(NamedParameterJdbcTemplate jdbc) {
        try {
            String product = JdbcUtils.extractDatabaseMetaData(jdbc.getJdbcTemplate().getDataSource(),
                    DatabaseMetaData::getDatabaseProductName);
            return "H2".equalsIgnoreCase(product);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database holds the task lists", e);
        }
    }

    /** Unassigned tasks offered to someone: the Group list. */
    private static boolean isQueue(Scope scope) {
        return scope.candidateUser() != null;
    }

    private static boolean isDueAscending(Sort sort) {
        Sort.Order first = sort.iterator().next();
        return first.getProperty().equals("due") && first.isAscending() && sort.stream().count() == 1;
    }

    private record Where(String sql, Map<String, Object> parameters) {
    }

    private static Where where(Scope scope, TaskFilter filter, Instant now, ZoneId zone) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("T.SUSPENSION_STATE_ = 1");
        if (scope.assignees() != null) {
            conditions.add("T.ASSIGNEE_ in (:assignees)");
            parameters.put("assignees", scope.assignees());
        } else if (scope.delegatedBy() != null) {
            conditions.add("T.OWNER_ = :owner and T.DELEGATION_ = 'PENDING'");
            parameters.put("owner", scope.delegatedBy());
        } else {
            // The engine's candidate rule: unassigned, and a candidate link to the user or one of their groups.
            // Counted per task rather than tested with exists: MariaDB turns an exists (or in) into a semi-join that
            // first materialises every candidate link of the user's groups (16,000 for "sales" in the benchmark),
            // whereas a scalar subquery is asked per task while the index is walked, so a page stops after 50.
            StringBuilder candidate = new StringBuilder("""
                    T.ASSIGNEE_ is null and (select count(*) from ACT_RU_IDENTITYLINK I where I.TASK_ID_ = T.ID_
                    and I.TYPE_ = 'candidate' and (I.USER_ID_ = :candidateUser""");
            parameters.put("candidateUser", scope.candidateUser());
            if (!scope.candidateGroups().isEmpty()) {
                candidate.append(" or I.GROUP_ID_ in (:candidateGroups)");
                parameters.put("candidateGroups", scope.candidateGroups());
            }
            conditions.add(candidate.append(")) > 0").toString());
        }
        if (notBlank(filter.processKey())) {
            conditions.add("T.PROC_DEF_ID_ in (select D.ID_ from ACT_RE_PROCDEF D where D.KEY_ = :processKey)");
            parameters.put("processKey", filter.processKey().strip());
        }
        if (notBlank(filter.name())) {
            conditions.add("upper(T.NAME_) like upper(:name)");
            parameters.put("name", contains(filter.name()));
        }
        if (filter.customerId() != null) {
            conditions.add("""
                    exists (select 1 from ACT_RU_VARIABLE V where V.PROC_INST_ID_ = T.PROC_INST_ID_
                    and V.TASK_ID_ is null and V.NAME_ = :customerVariable and V.TYPE_ = 'long'
                    and V.LONG_ = :customerId)""");
            parameters.put("customerVariable", TaskListService.CUSTOMER_ID);
            parameters.put("customerId", filter.customerId());
        }
        if (filter.minPriority() != null) {
            conditions.add("T.PRIORITY_ >= :minPriority");
            parameters.put("minPriority", filter.minPriority());
        }
        if (notBlank(filter.text())) {
            conditions.add("""
                    (upper(T.NAME_) like upper(:text) or upper(T.DESCRIPTION_) like upper(:text)
                    or exists (select 1 from ACT_RU_EXECUTION E where E.ID_ = T.PROC_INST_ID_
                    and upper(E.BUSINESS_KEY_) like upper(:text)))""");
            parameters.put("text", contains(filter.text()));
        }
        if (filter.due() != null) {
            LocalDate today = LocalDate.ofInstant(now, zone);
            Instant from;
            Instant until;
            switch (filter.due()) {
                case OVERDUE -> {
                    from = null;
                    until = now;
                }
                case TODAY -> {
                    from = today.atStartOfDay(zone).toInstant();
                    until = today.plusDays(1).atStartOfDay(zone).toInstant();
                }
                case THIS_WEEK -> {
                    from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay(zone)
                            .toInstant();
                    until = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
                }
                default -> throw new IllegalStateException("Unknown due filter " + filter.due());
            }
            if (from != null) {
                conditions.add("T.DUE_DATE_ >= :dueFrom");
                parameters.put("dueFrom", Timestamp.from(from));
            }
            conditions.add("T.DUE_DATE_ < :dueUntil");
            parameters.put("dueUntil", Timestamp.from(until));
        }
        return new Where(String.join(" and ", conditions), parameters);
    }

    /** Ties are broken by id so that pages neither repeat nor skip tasks. */
    private static String orderBy(Sort sort) {
        if (sort.isUnsorted()) {
            return "T.DUE_DATE_ asc, T.ID_ asc";
        }
        List<String> columns = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = switch (order.getProperty()) {
                case "due" -> "T.DUE_DATE_";
                case "created" -> "T.CREATE_TIME_";
                case "priority" -> "T.PRIORITY_";
                case "name" -> "T.NAME_";
                default -> throw InvalidInputException.of("sort", "sort.unknown",
                        "Cannot sort by " + order.getProperty());
            };
            columns.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        columns.add("T.ID_ asc");
        return String.join(", ", columns);
    }

    private static String contains(String text) {
        return "%" + text.strip().replace("%", "").replace("_", "") + "%";
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
