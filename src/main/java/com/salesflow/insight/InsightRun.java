package com.salesflow.insight;

import java.time.Instant;

/**
 * One classification run and its progress: {@code processed} of {@code total} customers; at {@code classifiedAt} all
 * classes are written and the follow-ups recorded, then the processes of their tasks start ({@code tasksStarted}).
 */
public record InsightRun(long id, RunTrigger trigger, String startedBy, Instant startedAt, Instant classifiedAt, Instant finishedAt,
        RunStatus status, int total, int processed, int changed, int tasksStarted, String message) {
}
