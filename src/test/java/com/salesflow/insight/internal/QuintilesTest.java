package com.salesflow.insight.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuintilesTest {

    @Test
    void ten_distinct_values_score_two_per_quintile() {
        double[] values = {10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        Quintiles quintiles = new Quintiles(values, values.length);
        assertThat(IntStream.rangeClosed(1, 10).map(v -> quintiles.score(v)).toArray())
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
    }

    @Test
    void equal_values_score_alike_by_the_middle_of_their_positions() {
        double[] values = {1, 1, 1, 1, 1, 1, 1, 2, 5, 9};
        Quintiles quintiles = new Quintiles(values, values.length);
        assertThat(quintiles.score(1)).isEqualTo(2);
        assertThat(quintiles.score(2)).isEqualTo(4);
        assertThat(quintiles.score(5)).isEqualTo(5);
        assertThat(quintiles.score(9)).isEqualTo(5);
    }

    @Test
    void when_many_share_the_best_value_they_share_a_high_score() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 7, 7, 7};
        Quintiles quintiles = new Quintiles(values, values.length);
        assertThat(quintiles.score(7)).isEqualTo(5);
        assertThat(quintiles.score(1)).isEqualTo(1);
        assertThat(quintiles.score(4)).isEqualTo(2);
    }

    @Test
    void only_the_given_count_of_values_counts() {
        double[] values = {3, 1, 2, 4, 5, 0, 0, 0};
        Quintiles quintiles = new Quintiles(values, 5);
        assertThat(quintiles.score(1)).isEqualTo(1);
        assertThat(quintiles.score(5)).isEqualTo(5);
    }
}
