package com.salesflow.opportunity;

import java.util.List;

/** The pipeline stages (DOMAIN.md §4), each with the default probability of winning in percent. */
public enum OpportunityStage {
    QUALIFICATION(10), NEEDS_ANALYSIS(25), PROPOSAL(50), NEGOTIATION(75), WON(100), LOST(0);

    /** The stages an opportunity is worked in, in pipeline order. */
    public static final List<OpportunityStage> OPEN = List.of(QUALIFICATION, NEEDS_ANALYSIS, PROPOSAL, NEGOTIATION);

    private final int defaultProbability;

    OpportunityStage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    public int defaultProbability() {
        return defaultProbability;
    }

    /** Won or lost: the opportunity is decided. */
    public boolean isClosed() {
        return this == WON || this == LOST;
    }
}
