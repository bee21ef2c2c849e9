package com.salesflow.designer;

import java.util.List;

/** A migration batch's progress; {@code failures} gives the engine's message for each instance that failed. */
public record MigrationStatus(String batchId, int total, int done, int failed, boolean finished,
        List<String> failures) {
}
