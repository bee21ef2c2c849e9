package com.salesflow.insight.internal;

import java.util.Arrays;

/**
 * Quintile scores 1-5 without NTILE (not on every database): the four cut points are the values at the 20, 40, 60 and
 * 80 % positions of the sorted values, and a value scores one more for every cut point it exceeds. Equal values
 * always score alike, and if most customers share one value (one order each), they share the low score.
 */
final class Quintiles {

    private final double[] cuts = new double[4];

    /** @param values one per customer; sorted in place */
    Quintiles(double[] values, int count) {
        Arrays.sort(values, 0, count);
        for (int k = 1; k <= 4; k++) {
            int position = (int) Math.ceil(k * count / 5.0) - 1;
            cuts[k - 1] = count == 0 ? 0 : values[Math.max(0, position)];
        }
    }

    int score(double value) {
        int score = 1;
        for (double cut : cuts) {
            if (value > cut) {
                score++;
            }
        }
        return score;
    }
}
