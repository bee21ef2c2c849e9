package com.salesflow.lead.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code salesflow.leads.*}: the first-contact SLA of the Qualify task (default 24 hours), how long before it the
 * lead counts as due soon (default 4 hours), and how long a nurtured lead waits before it comes back (default 30
 * days).
 */
@ConfigurationProperties("salesflow.leads")
record LeadProperties(Duration firstContactSla, Duration firstContactWarning, Integer nurtureDays) {

    LeadProperties {
        firstContactSla = firstContactSla == null ? Duration.ofHours(24) : firstContactSla;
        firstContactWarning = firstContactWarning == null ? Duration.ofHours(4) : firstContactWarning;
        nurtureDays = nurtureDays == null ? 30 : nurtureDays;
    }
}
