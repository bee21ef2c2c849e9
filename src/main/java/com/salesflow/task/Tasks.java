package com.salesflow.task;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The task list of the signed-in user. Rules (enforced here, for the UI and the API alike): only the assignee
 * completes a task; a candidate claims first; a supervisor reassigns their teams' tasks. A task the user may not
 * see is "not found"; a task someone else just took or finished is a conflict.
 */
public interface Tasks {

    /**
     * Counts stop here: a list of {@code COUNT_LIMIT} means at least that many. Counting every task offered to a
     * large group costs more than the page itself (docs/benchmarks.md).
     */
    int COUNT_LIMIT = 1000;

    /** Sort properties of {@link #list}: {@code due}, {@code created}, {@code priority}, {@code name}. */
    List<String> SORTS = List.of("due", "created", "priority", "name");

    Page<TaskSummary> list(TaskList list, TaskFilter filter, Pageable pageable);

    long count(TaskList list, TaskFilter filter);

    /** Keys of the deployed processes, for the process filter. */
    List<String> processKeys();

    /** Open tasks per list for the navigation badges; TEAM only for supervisors. */
    Map<TaskList, Long> counts();

    TaskDetails get(String taskId);

    /** The form-js schema of the task's form (JSON text) with the current values of its fields. */
    TaskFormData form(String taskId);

    void claim(String taskId);

    void unclaim(String taskId);

    /** Checks the values against the task's form on the server, types them, and completes the task. */
    void complete(String taskId, Map<String, Object> values);

    /** A supervisor gives a task of their team to another member. */
    void reassign(String taskId, String assignee);

    /**
     * The assignee asks a teammate to do a task ({@link #delegateCandidates}); the teammate completes its form, or
     * gives it back, and the task returns to the assignee, who completes it. The owner follows it in
     * {@link TaskList#DELEGATED}.
     */
    void delegate(String taskId, String delegate);

    /** The users the signed-in user may delegate the task to (empty when they may not). */
    List<String> delegateCandidates(String taskId);

    void setFollowUp(String taskId, Instant followUp);

    void addComment(String taskId, String text);

    /** The users a task may be reassigned to by the signed-in user (empty when they may not). */
    List<String> reassignCandidates(String taskId);

    /** The form of a task: its id in {@code forms/}, the schema as JSON text, and the current values. */
    record TaskFormData(String formId, String schemaJson, Map<String, Object> values) {
    }
}
