package com.salesflow.task;

/**
 * Filters of the task list; null means "any". {@code text} matches the task name and description;
 * {@code minPriority} keeps tasks of at least that priority (Camunda's 0–100, default 50).
 */
public record TaskFilter(String processKey, String name, Long customerId, DueFilter due, Integer minPriority,
        String text) {

    public static TaskFilter any() {
        return new TaskFilter(null, null, null, null, null, null);
    }
}
