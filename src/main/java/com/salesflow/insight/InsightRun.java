package com.salesflow.insight;

import java.time.Instant;

/** One classification run and its progress: {@code processed} of {@code total} customers. */
public record InsightRun(long id, RunTrigger trigger, String startedBy, Instant startedAt, Instant finishedAt,
        RunStatus status, int total, int processed, int changed, int tasksStarted, String message) {
}
