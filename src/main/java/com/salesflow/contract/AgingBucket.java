package com.salesflow.contract;

/** Receivables aging (账龄) by days past the due date: not yet due, 1–30, 31–60, 61–90, over 90. */
public enum AgingBucket {
    CURRENT(Integer.MIN_VALUE, 0), DAYS_1_30(1, 30), DAYS_31_60(31, 60), DAYS_61_90(61, 90), OVER_90(91,
            Integer.MAX_VALUE);

    private final int fromDays;
    private final int toDays;

    AgingBucket(int fromDays, int toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    public static AgingBucket of(long daysOverdue) {
        for (AgingBucket bucket : values()) {
            if (daysOverdue >= bucket.fromDays && daysOverdue <= bucket.toDays) {
                return bucket;
            }
        }
        return OVER_90;
    }

    public int fromDays() {
        return fromDays;
    }

    public int toDays() {
        return toDays;
    }
}
