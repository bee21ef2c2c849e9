package com.salesflow.task.internal;

import com.salesflow.customer.Customers;
import com.salesflow.identity.CurrentUser;
import com.salesflow.identity.Roles;
import com.salesflow.identity.UserDirectory;
import com.salesflow.shared.ConflictException;
import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.NotFoundException;
import com.salesflow.task.DueFilter;
import com.salesflow.task.SlaState;
import com.salesflow.task.TaskComment;
import com.salesflow.task.TaskDetails;
import com.salesflow.task.TaskFilter;
import com.salesflow.task.TaskList;
import com.salesflow.task.TaskStep;
import com.salesflow.task.TaskSummary;
import com.salesflow.task.Tasks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task list on the engine's {@link TaskService}. Our rules are checked here before the engine is asked to do
 * anything, so the UI and {@code /api/tasks} behave the same; {@code /engine-rest} relies on the engine's own
 * authorizations.
 */
@Service
class TaskListService implements Tasks {

    /** The process variable that links an instance to its customer (ids, never entities). */
    static final String CUSTOMER_ID = "customerId";
    private static final Duration DUE_SOON = Duration.ofHours(24);

    private final TaskService engineTasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final HistoryService history;
    private final FormService forms;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final UserDirectory directory;
    private final Customers customers;
    private final TaskForms taskForms;
    private final NamedParameterJdbcTemplate jdbc;
    private final TaskListQueries queries;
    private final Clock clock;

    TaskListService(TaskService engineTasks, RuntimeService runtime, RepositoryService repository,
            HistoryService history, FormService forms, IdentityService identity, CurrentUser currentUser,
            UserDirectory directory, Customers customers, TaskForms taskForms, NamedParameterJdbcTemplate jdbc,
            TaskListQueries queries, Clock clock) {
        this.engineTasks = engineTasks;
        this.runtime = runtime;
        this.repository = repository;
        this.history = history;
        this.forms = forms;
        this.identity = identity;
        this.currentUser = currentUser;
        this.directory = directory;
        this.customers = customers;
        this.taskForms = taskForms;
        this.jdbc = jdbc;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * One transaction for the page and everything read for it: otherwise each engine query and each JPA read is a
     * transaction of its own, three more round trips to the database each (autocommit off, commit, autocommit on).
     */
    @Override
    @Transactional
    public Page<TaskSummary> list(TaskList list, TaskFilter filter, Pageable pageable) {
        TaskListQueries.Scope scope = scope(list);
        if (scope == null) {
            return Page.empty(pageable);
        }
        List<String> ids = queries.pageIds(scope, filter, clock.instant(), clock.getZone(), pageable.getSort(),
                pageable.getOffset(), pageable.getPageSize());
        long total = ids.size() < pageable.getPageSize() && pageable.getOffset() == 0 ? ids.size()
                : queries.count(scope, filter, clock.instant(), clock.getZone(), COUNT_LIMIT);
        return new PageImpl<>(summaries(tasksInOrder(ids)), pageable, total);
    }

    @Override
    @Transactional
    public long count(TaskList list, TaskFilter filter) {
        TaskListQueries.Scope scope = scope(list);
        return scope == null ? 0 : queries.count(scope, filter, clock.instant(), clock.getZone(), COUNT_LIMIT);
    }

    @Override
    public List<String> processKeys() {
        return repository.createProcessDefinitionQuery().latestVersion().active().list().stream()
                .map(ProcessDefinition::getKey).distinct().sorted().toList();
    }

    @Override
    @Transactional
    public Map<TaskList, Long> counts() {
        Map<TaskList, Long> counts = new EnumMap<>(TaskList.class);
        for (TaskList list : TaskList.values()) {
            if (list != TaskList.TEAM || isSupervisor()) {
                counts.put(list, count(list, TaskFilter.any()));
            }
        }
        return counts;
    }

    @Override
    public TaskDetails get(String taskId) {
        Access access = visibleTask(taskId);
        Task task = access.task();
        List<TaskStep> steps = task.getProcessInstanceId() == null ? List.of()
                : history.createHistoricTaskInstanceQuery().processInstanceId(task.getProcessInstanceId())
                        .orderByHistoricActivityInstanceStartTime().asc().list().stream()
                        .map(step -> new TaskStep(step.getName(), step.getAssignee(), instant(step.getStartTime()),
                                instant(step.getEndTime())))
                        .toList();
        List<TaskComment> comments = engineTasks.getTaskComments(taskId).stream()
                .map(comment -> new TaskComment(comment.getUserId(), instant(comment.getTime()),
                        comment.getFullMessage()))
                .toList();
        boolean assignedToMe = access.assignedToMe();
        return new TaskDetails(summaries(List.of(task)).get(0), task.getDescription(), steps, comments,
                assignedToMe, task.getAssignee() == null && access.candidate(),
                assignedToMe && (isDelegated(task) || access.hasCandidates()), access.supervises(),
                assignedToMe && !isDelegated(task) && !directory.teammatesOf(access.me()).isEmpty());
    }

    @Override
    public TaskFormData form(String taskId) {
        Task task = visibleTask(taskId).task();
        String schema = schemaOf(task);
        Set<String> keys = taskForms.keys(schema);
        Map<String, Object> values = new LinkedHashMap<>();
        engineTasks.getVariables(taskId).forEach((name, value) -> {
            if (keys.contains(name)) {
                values.put(name, taskForms.plain(value));
            }
        });
        return new TaskFormData(taskForms.formId(schema), schema, values);
    }

    @Override
    public void claim(String taskId) {
        Access access = openTaskOrConflict(taskId);
        Task task = access.task();
        if (access.assignedToMe()) {
            return;
        }
        if (task.getAssignee() != null) {
            throw new ConflictException("task.taken", "Someone else has taken this task meanwhile.");
        }
        if (!access.candidate()) {
            throw new AccessDeniedException("This task is not offered to you.");
        }
        try {
            engineTasks.claim(taskId, access.me());
        } catch (ProcessEngineException e) {
            throw gone(e);
        }
    }

    @Override
    public void unclaim(String taskId) {
        Access access = visibleTask(taskId);
        if (!access.assignedToMe()) {
            throw new AccessDeniedException("Only the assignee gives a task back.");
        }
        if (isDelegated(access.task())) {
            engineTasks.resolveTask(taskId);
            return;
        }
        if (!access.hasCandidates()) {
            throw new ConflictException("task.noCandidates",
                    "This task was given to you in person; nobody else could take it if you gave it back.");
        }
        engineTasks.setAssignee(taskId, null);
    }

    @Override
    public void complete(String taskId, Map<String, Object> values) {
        Access access = openTaskOrConflict(taskId);
        Task task = access.task();
        if (task.getAssignee() == null) {
            throw new ConflictException("task.claimFirst", "Claim this task before completing it.");
        }
        if (!access.assignedToMe()) {
            throw new ConflictException("task.taken", "Someone else has taken this task meanwhile.");
        }
        Map<String, Object> variables = taskForms.validate(schemaOf(task), values == null ? Map.of() : values,
                engineTasks.getVariables(taskId));
        try {
            identity.setAuthenticatedUserId(access.me());
            if (isDelegated(task)) {
                // The delegate's work goes back to the owner, who reviews it and completes the task.
                engineTasks.resolveTask(taskId, variables);
            } else {
                engineTasks.complete(taskId, variables);
            }
        } catch (NullValueException e) {
            throw gone(e);
        } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
            throw new ConflictException("task.gone", "This task was completed meanwhile.");
        } catch (ProcessEngineException e) {
            RuntimeException refused = refusedByModel(e);
            throw refused != null ? refused : e;
        } finally {
            identity.clearAuthentication();
        }
    }

    @Override
    public void reassign(String taskId, String assignee) {
        Access access = visibleTask(taskId);
        String target = assignee == null ? "" : assignee.strip();
        if (!access.supervises()) {
            throw new AccessDeniedException("You may not reassign this task.");
        }
        if (!reassignCandidates(access).contains(target)) {
            throw InvalidInputException.of("assignee", "task.assignee",
                    "Choose a member of the team to give this task to.");
        }
        try {
            engineTasks.setAssignee(taskId, target);
        } catch (ProcessEngineException e) {
            RuntimeException refused = refusedByModel(e);
            throw refused != null ? refused : e;
        }
    }

    @Override
    public List<String> reassignCandidates(String taskId) {
        return reassignCandidates(visibleTask(taskId));
    }

    @Override
    public void delegate(String taskId, String delegate) {
        Access access = openTaskOrConflict(taskId);
        if (!access.assignedToMe()) {
            throw new AccessDeniedException("Only the assignee delegates a task.");
        }
        if (isDelegated(access.task())) {
            throw new ConflictException("task.delegatedAlready",
                    "This task was delegated to you: complete it or give it back to its owner.");
        }
        String target = delegate == null ? "" : delegate.strip();
        if (!directory.teammatesOf(access.me()).contains(target)) {
            throw InvalidInputException.of("assignee", "task.delegate",
                    "Choose a member of your team to delegate this task to.");
        }
        engineTasks.delegateTask(taskId, target);
    }

    @Override
    public List<String> delegateCandidates(String taskId) {
        Access access = visibleTask(taskId);
        return access.assignedToMe() && !isDelegated(access.task()) ? directory.teammatesOf(access.me()) : List.of();
    }

    @Override
    public void setFollowUp(String taskId, Instant followUp) {
        Access access = visibleTask(taskId);
        if (!access.assignedToMe() && !access.supervises()) {
            throw new AccessDeniedException("Only the assignee or their supervisor plans this task.");
        }
        Task task = access.task();
        task.setFollowUpDate(followUp == null ? null : Date.from(followUp));
        engineTasks.saveTask(task);
    }

    @Override
    public void addComment(String taskId, String text) {
        Task task = visibleTask(taskId).task();
        String comment = text == null ? "" : text.strip();
        if (comment.isEmpty() || comment.length() > 2000) {
            throw InvalidInputException.of("text", "comment.length", "A comment has 1 to 2000 characters.");
        }
        try {
            identity.setAuthenticatedUserId(currentUser.requireUsername());
            engineTasks.createComment(taskId, task.getProcessInstanceId(), comment);
        } finally {
            identity.clearAuthentication();
        }
    }

    // --- queries ---------------------------------------------------------------------------------------------

    /** Where a list starts from; null when it is empty by definition (TEAM for non-supervisors). */
    private TaskListQueries.Scope scope(TaskList list) {
        String me = currentUser.requireUsername();
        return switch (list) {
            case MINE -> TaskListQueries.Scope.assignedTo(List.of(me));
            case GROUP -> TaskListQueries.Scope.offeredTo(me, myGroups());
            case TEAM -> {
                Set<String> team = directory.teamMembersSupervisedBy(me);
                yield team.isEmpty() ? null : TaskListQueries.Scope.assignedTo(team);
            }
            case DELEGATED -> TaskListQueries.Scope.delegatedBy(me);
        };
    }

    /** The open tasks of a page through the engine, in the page's order (one that just finished drops out). */
    private List<Task> tasksInOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Task> byId = new HashMap<>();
        engineTasks.createTaskQuery().taskIdIn(ids.toArray(String[]::new)).list()
                .forEach(task -> byId.put(task.getId(), task));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** One look-up each for customer ids, candidate groups and customer names, whatever the page size. */
    private List<TaskSummary> summaries(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = new java.util.HashSet<>();
        tasks.forEach(task -> {
            if (task.getProcessInstanceId() != null) {
                instanceIds.add(task.getProcessInstanceId());
            }
        });
        Map<String, Long> customerOfInstance = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            for (VariableInstance variable : runtime.createVariableInstanceQuery().variableName(CUSTOMER_ID)
                    .processInstanceIdIn(instanceIds.toArray(String[]::new)).disableCustomObjectDeserialization()
                    .list()) {
                if (variable.getValue() instanceof Number number
                        && variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                    customerOfInstance.put(variable.getProcessInstanceId(), number.longValue());
                }
            }
        }
        Map<String, String> businessKeys = businessKeysOf(instanceIds);
        Map<Long, String> customerNames = customers.namesOf(customerOfInstance.values());
        Map<String, List<String>> groups = candidateGroups(tasks.stream().map(Task::getId).toList());
        Map<String, ProcessDefinition> definitions = definitionsOf(tasks);
        Instant now = clock.instant();
        List<TaskSummary> summaries = new ArrayList<>();
        for (Task task : tasks) {
            ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
                    : definitions.get(task.getProcessDefinitionId());
            Long customerId = customerOfInstance.get(task.getProcessInstanceId());
            Instant due = instant(task.getDueDate());
            summaries.add(new TaskSummary(task.getId(), task.getName(),
                    definition == null ? null : definition.getKey(),
                    definition == null ? null : definition.getName(), task.getProcessInstanceId(), task.getAssignee(),
                    isDelegated(task) ? task.getOwner() : null, groups.getOrDefault(task.getId(), List.of()), instant(task.getCreateTime()), due,
                    instant(task.getFollowUpDate()), task.getPriority(), businessKeys.get(task.getProcessInstanceId()), customerId,
                    customerId == null ? null : customerNames.get(customerId), sla(due, now)));
        }
        return summaries;
    }

    /**
     * The process definitions of a page in one query. {@code RepositoryService.getProcessDefinition} reads the
     * definition's row on every call (its cache holds the parsed model, not the row): 50 queries and transactions
     * per page, most of My tasks' time on MariaDB.
     */
    private Map<String, ProcessDefinition> definitionsOf(List<Task> tasks) {
        String[] ids = tasks.stream().map(Task::getProcessDefinitionId).filter(java.util.Objects::nonNull)
                .distinct().toArray(String[]::new);
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        if (ids.length > 0) {
            repository.createProcessDefinitionQuery().processDefinitionIdIn(ids).list()
                    .forEach(definition -> definitions.put(definition.getId(), definition));
        }
        return definitions;
    }

    /**
     * Business keys of a page's process instances by primary key. The engine's process instance query joins the
     * process definitions first, and MariaDB then reads executions by definition: up to 80 ms for a page of 50
     * (TaskListBenchmark's slow-query log), against one indexed read per instance here.
     */
    private Map<String, String> businessKeysOf(Collection<String> instanceIds) {
        Map<String, String> keys = new HashMap<>();
        if (!instanceIds.isEmpty()) {
            jdbc.query("select ID_, BUSINESS_KEY_ from ACT_RU_EXECUTION where ID_ in (:ids)",
                    Map.of("ids", instanceIds), row -> {
                        keys.put(row.getString(1), row.getString(2));
                    });
        }
        return keys;
    }

    /** Candidate groups of a page of tasks in one query (the engine API asks once per task). */
    private Map<String, List<String>> candidateGroups(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        jdbc.query("""
                select TASK_ID_, GROUP_ID_ from ACT_RU_IDENTITYLINK
                where TYPE_ = 'candidate' and GROUP_ID_ is not null and TASK_ID_ in (:ids)""",
                Map.of("ids", taskIds), row -> {
                    groups.computeIfAbsent(row.getString(1), id -> new ArrayList<>()).add(row.getString(2));
                });
        return groups;
    }

    static SlaState sla(Instant due, Instant now) {
        if (due == null) {
            return SlaState.NO_DUE_DATE;
        }
        if (due.isBefore(now)) {
            return SlaState.OVERDUE;
        }
        return due.isBefore(now.plus(DUE_SOON)) ? SlaState.DUE_SOON : SlaState.ON_TRACK;
    }

    // --- rules -----------------------------------------------------------------------------------------------

    /**
     * A task and the signed-in user's relation to it, looked up once per request: whether it is offered to them,
     * whether it has candidates at all, and whether they supervise its assignee.
     */
    private record Access(Task task, String me, boolean candidate, boolean hasCandidates, boolean supervises,
            Set<String> team) {

        boolean assignedToMe() {
            return me.equals(task.getAssignee());
        }

        boolean owns() {
            return me.equals(task.getOwner()) && isDelegated(task);
        }
    }

    /**
     * A task the user may see: theirs, offered to them, delegated by them, or their team's (supervisors); otherwise
     * not found.
     */
    private Access visibleTask(String taskId) {
        Task task = taskId == null ? null : engineTasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new NotFoundException("No open task with id " + taskId);
        }
        String me = currentUser.requireUsername();
        boolean candidate = false;
        boolean hasCandidates = false;
        List<String> groups = myGroups();
        for (IdentityLink link : engineTasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                hasCandidates = true;
                candidate |= me.equals(link.getUserId()) || groups.contains(link.getGroupId());
            }
        }
        Set<String> team = isSupervisor() ? directory.teamMembersSupervisedBy(me) : Set.of();
        boolean supervises = task.getAssignee() != null && team.contains(task.getAssignee());
        Access access = new Access(task, me, candidate, hasCandidates, supervises, team);
        if (access.assignedToMe() || (task.getAssignee() == null && candidate) || supervises || access.owns()
                || currentUser.hasRole(Roles.ADMINS)) {
            return access;
        }
        throw new NotFoundException("No open task with id " + taskId);
    }

    /**
     * For steps on a task that may just have been finished by someone else: a task that was open once and is
     * finished now is a conflict (the list should refresh), one that never existed is not found.
     */
    private Access openTaskOrConflict(String taskId) {
        try {
            return visibleTask(taskId);
        } catch (NotFoundException e) {
            if (taskId != null && history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
                throw new ConflictException("task.gone", "This task was completed meanwhile.");
            }
            throw e;
        }
    }

    private static List<String> reassignCandidates(Access access) {
        if (!access.supervises()) {
            return List.of();
        }
        return access.team().stream().filter(member -> !member.equals(access.task().getAssignee())).sorted()
                .toList();
    }

    static boolean isDelegated(Task task) {
        return task.getDelegationState() == DelegationState.PENDING;
    }

    private boolean isSupervisor() {
        return currentUser.hasRole(Roles.SUPERVISORS);
    }

    private List<String> myGroups() {
        return directory.engineGroupsOf(currentUser.requireUsername());
    }

    private String schemaOf(Task task) {
        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            return new String(form.readAllBytes(), StandardCharsets.UTF_8);
        } catch (NullValueException | org.camunda.bpm.engine.exception.NotFoundException e) {
            throw new NotFoundException("Task " + task.getId() + " has no form");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the form of task " + task.getId(), e);
        } catch (ProcessEngineException e) {
            throw new NotFoundException("Task " + task.getId() + " has no form: " + e.getMessage());
        }
    }

    /**
     * A listener of the model refused the user (separation of duties: the engine wraps its authorization error), or
     * the task was completed or taken meanwhile.
     */
    private static RuntimeException gone(ProcessEngineException e) {
        RuntimeException refused = refusedByModel(e);
        return refused != null ? refused
                : new ConflictException("task.gone", "This task was completed or taken meanwhile.");
    }

    private static RuntimeException refusedByModel(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.camunda.bpm.engine.AuthorizationException refused) {
                return new AccessDeniedException(refused.getMessage());
            }
        }
        return null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
