package com.salesflow.designer;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A changed decision table replayed on the inputs of past decisions: of {@code replayed} decisions in the last
 * {@code days} days, {@code changed} would have had another outcome. The outcome is the values of the compared
 * output (the first output column unless asked otherwise; every matching row's value for COLLECT tables).
 * {@code outputs} names every output column that may be compared instead. {@code skipped} decisions could not be replayed (an input the changed table needs was not recorded).
 */
public record WhatIf(String decisionKey, int days, String output, List<String> outputs, int replayed, int changed, int skipped,
        boolean truncated, List<Shift> shifts, List<Example> examples) {

    /** How many decisions moved from one outcome to another ("SUPERVISOR" → "SUPERVISOR, DIRECTOR": 14). */
    public record Shift(String before, String after, int count) {
    }

    /** One decision that would change, with its inputs, for the designer to check. */
    public record Example(String decisionInstanceId, Instant evaluatedAt, String processBusinessKey,
            Map<String, Object> inputs, String before, String after) {
    }
}
