package com.salesflow.contract.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesflow.contracts.*}: when an unpaid instalment counts as overdue (days after its due date), how long an
 * overdue instalment may stay unpaid before it is escalated, and how long the owner has for the follow-up task.
 */
@ConfigurationProperties("salesflow.contracts")
record ContractProperties(Integer overdueAfterDays, Duration overdueEscalation, Duration followUpWithin) {

    ContractProperties {
        overdueAfterDays = overdueAfterDays == null ? 1 : overdueAfterDays;
        overdueEscalation = overdueEscalation == null ? Duration.ofDays(14) : overdueEscalation;
        followUpWithin = followUpWithin == null ? Duration.ofDays(3) : followUpWithin;
    }
}
