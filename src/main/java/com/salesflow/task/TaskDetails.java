package com.salesflow.task;

import java.util.List;

/**
 * A task with what its page shows beside the form: the process instance's steps so far, the comments, and what
 * the signed-in user may do with it. For a delegate, completing returns the task to its owner
 * ({@code task.delegatedBy}) with the values filled in; giving it back returns it unchanged.
 */
public record TaskDetails(TaskSummary task, String description, List<TaskStep> steps, List<TaskComment> comments,
        boolean mayComplete, boolean mayClaim, boolean mayUnclaim, boolean mayReassign, boolean mayDelegate) {
}
