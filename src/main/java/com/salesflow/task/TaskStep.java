package com.salesflow.task;

import java.time.Instant;

/** A finished or open step of a process instance: what, who, when. */
public record TaskStep(String name, String assignee, Instant started, Instant ended) {
}
