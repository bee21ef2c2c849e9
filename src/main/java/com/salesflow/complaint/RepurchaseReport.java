package com.salesflow.complaint;

import java.util.List;

/**
 * How many customers bought again, by what happened to their complaint, next to the figures of the source material
 * (DOMAIN.md §5.4: no complaint 9 %, complaint not resolved 19 %, resolved 54 %, resolved quickly 82 %).
 * "Bought again": signed another contract after the complaint was registered; for customers without a complaint,
 * signed a second contract. "Quickly": resolved within the SLA.
 */
public record RepurchaseReport(List<Row> rows, long complaints, long resolvedWithinSla, Double averageResolveHours) {

    public enum Outcome {
        NO_COMPLAINT(9), NOT_RESOLVED(19), RESOLVED(54), RESOLVED_QUICKLY(82);

        private final int seedPercent;

        Outcome(int seedPercent) {
            this.seedPercent = seedPercent;
        }

        public int seedPercent() {
            return seedPercent;
        }
    }

    /**
     * @param cases    complaints with this outcome; for {@code NO_COMPLAINT} customers who bought and never complained
     * @param percent  ours, null when there are no cases
     */
    public record Row(Outcome outcome, long cases, long repurchased, Double percent, int seedPercent) {
    }
}
