package com.salesflow.insight.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesflow.insight.*}: when the nightly run starts ({@code cron}, Spring's six fields; {@code -} turns it
 * off), how many days before a predicted repeat purchase the owner is asked to follow up, on how many distinct days a
 * product must have been bought before a prediction is made (one-offs are ignored), how long the owner has to win a
 * lost customer back, whether runs suggest grades, and how many customers a run writes per transaction.
 */
@ConfigurationProperties("salesflow.insight")
record InsightProperties(String cron, Integer replenishmentLeadDays, Integer minPurchaseDays, Integer winBackDays,
        Boolean gradeSuggestions, Integer batchSize) {

    InsightProperties {
        cron = cron == null ? "0 30 2 * * *" : cron;
        replenishmentLeadDays = replenishmentLeadDays == null ? 7 : replenishmentLeadDays;
        minPurchaseDays = minPurchaseDays == null ? 3 : Math.max(2, minPurchaseDays);
        winBackDays = winBackDays == null ? 30 : winBackDays;
        gradeSuggestions = gradeSuggestions == null || gradeSuggestions;
        batchSize = batchSize == null ? 1_000 : batchSize;
    }
}
