package com.salesflow.complaint;

import java.time.Instant;

/** One step of a complaint's trail: who did what when. */
public record ComplaintTrailEntry(long id, ComplaintAction action, String actor, Instant at, String comment) {
}
