package com.salesflow.lead.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key, in memory: a burst of {@code capacity} requests, refilled evenly over {@code period}.
 * Memory stays bounded: beyond {@code maxKeys} buckets the full ones (idle clients) are dropped, and if that is not
 * enough all are, which lets a flood from very many addresses through rather than run out of memory.
 */
final class TokenBuckets<K> {

    private final double capacity;
    private final double tokensPerMilli;
    private final Clock clock;
    private final int maxKeys;
    private final Map<K, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(int capacity, Duration period, Clock clock, int maxKeys) {
        this.capacity = capacity;
        this.tokensPerMilli = capacity / (double) period.toMillis();
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /** Takes a token: {@link Duration#ZERO} when the request may pass, else how long until the next token. */
    Duration take(K key) {
        long now = clock.millis();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
            if (buckets.size() >= maxKeys) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
    }

    int size() {
        return buckets.size();
    }

    private final class Bucket {

        private double tokens = capacity;
        private long updated;

        Bucket(long now) {
            this.updated = now;
        }

        synchronized Duration take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofMillis((long) Math.ceil((1 - tokens) / tokensPerMilli));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > updated) {
                tokens = Math.min(capacity, tokens + (now - updated) * tokensPerMilli);
                updated = now;
            }
        }
    }
}
