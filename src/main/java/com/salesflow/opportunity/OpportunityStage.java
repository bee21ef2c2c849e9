package com.salesflow.opportunity;

/** The pipeline stages (DOMAIN.md §4), each with the default probability of winning in percent. */
public enum OpportunityStage {
    QUALIFICATION(10), NEEDS_ANALYSIS(25), PROPOSAL(50), NEGOTIATION(75), WON(100), LOST(0);

    private final int defaultProbability;

    OpportunityStage(int defaultProbability) {
        this.defaultProbability = defaultProbability;
    }

    public int defaultProbability() {
        return defaultProbability;
    }
}
