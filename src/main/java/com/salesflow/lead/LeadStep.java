package com.salesflow.lead;

import java.time.Instant;

/** A step of a lead's process so far (a task, a service step or an event): what, who, when; ended null while open. */
public record LeadStep(String name, String assignee, Instant started, Instant ended) {
}
