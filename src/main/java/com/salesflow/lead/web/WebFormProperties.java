package com.salesflow.lead.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code salesflow.leads.web-form.*}: token buckets for the public lead endpoint, per web form key and per client
 * address (a burst of {@code requests}, refilled evenly over {@code per}), the largest body accepted, and how many
 * client addresses are remembered at most.
 */
@ConfigurationProperties("salesflow.leads.web-form")
record WebFormProperties(Limit perKey, Limit perClient, DataSize maxBodySize, Integer maxTrackedClients) {

    WebFormProperties {
        perKey = perKey == null ? new Limit(300, Duration.ofHours(1)) : perKey;
        perClient = perClient == null ? new Limit(20, Duration.ofMinutes(10)) : perClient;
        maxBodySize = maxBodySize == null ? DataSize.ofKilobytes(16) : maxBodySize;
        maxTrackedClients = maxTrackedClients == null ? 100_000 : maxTrackedClients;
    }

    record Limit(int requests, Duration per) {

        Limit {
            if (requests < 1 || per == null || per.isZero() || per.isNegative()) {
                throw new IllegalArgumentException("A rate limit needs at least 1 request per positive duration");
            }
        }
    }
}
