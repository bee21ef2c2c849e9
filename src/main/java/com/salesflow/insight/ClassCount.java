package com.salesflow.insight;

import java.time.Instant;

/** How many customers had a class value at the end of a run. */
public record ClassCount(long runId, Instant at, ClassKind kind, String value, int customers) {
}
