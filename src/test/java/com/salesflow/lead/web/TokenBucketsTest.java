package com.salesflow.lead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private Instant now = Instant.parse("2026-11-24T10:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void a_burst_of_the_capacity_passes_and_the_next_request_is_told_how_long_to_wait() {
        TokenBuckets<String> buckets = new TokenBuckets<>(3, Duration.ofMinutes(3), clock, 100);

        assertThat(buckets.take("1.2.3.4")).isZero();
        assertThat(buckets.take("1.2.3.4")).isZero();
        assertThat(buckets.take("1.2.3.4")).isZero();

        assertThat(buckets.take("1.2.3.4")).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void tokens_come_back_evenly_over_the_period_but_never_above_the_capacity() {
        TokenBuckets<String> buckets = new TokenBuckets<>(3, Duration.ofMinutes(3), clock, 100);
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }

        now = now.plusSeconds(30);
        assertThat(buckets.take("a")).isEqualTo(Duration.ofSeconds(30));
        now = now.plusSeconds(30);
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();

        now = now.plus(Duration.ofHours(5));
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("a")).isZero();
        }
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void each_key_has_its_own_bucket() {
        TokenBuckets<String> buckets = new TokenBuckets<>(1, Duration.ofHours(1), clock, 100);

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();

        assertThat(buckets.take("b")).isZero();
    }

    @Test
    void memory_stays_bounded_by_dropping_idle_clients_first() {
        TokenBuckets<String> buckets = new TokenBuckets<>(2, Duration.ofMinutes(1), clock, 3);
        buckets.take("busy");
        buckets.take("busy");
        buckets.take("idle-1");
        now = now.plusSeconds(1);
        buckets.take("idle-2");
        now = now.plusSeconds(60);
        buckets.take("busy");
        buckets.take("busy");

        buckets.take("new");

        // The idle ones refilled and were dropped; the busy client keeps its empty bucket.
        assertThat(buckets.size()).isEqualTo(2);
        assertThat(buckets.take("busy")).isPositive();
    }
}
