package com.salesflow.insight.internal;

import java.util.Arrays;

/**
 * Quintile scores 1-5 without NTILE (not on every database), from the sorted values: a value's percentile rank is the
 * middle of the positions its equals take (so equal values always score alike), and each fifth of that rank scores
 * one more. With distinct values this is the plain quintile; when many customers share the best value (all ordered
 * today), they share a high score, and a value most customers share (one order each) scores in the middle.
 */
final class Quintiles {

    private final double[] sorted;

    /** @param values one per customer; the first {@code count} are used (and sorted in place) */
    Quintiles(double[] values, int count) {
        Arrays.sort(values, 0, count);
        this.sorted = count == values.length ? values : Arrays.copyOf(values, count);
    }

    int score(double value) {
        if (sorted.length == 0) {
            return 1;
        }
        int below = bound(value, false);
        int upTo = bound(value, true);
        double rank = (below + upTo) / 2.0 / sorted.length;
        return Math.min(5, 1 + (int) (5 * rank));
    }

    /** The first position holding a value above {@code value} ({@code inclusive}) or not below it. */
    private int bound(double value, boolean inclusive) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value || (inclusive && sorted[middle] == value)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
