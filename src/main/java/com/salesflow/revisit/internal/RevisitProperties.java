package com.salesflow.revisit.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code salesflow.revisits}: how long the service group has for a revisit task once it is due, how soon the owner
 * follows up new needs, and how many customers without orders the daily run starts revisits for at most.
 */
@ConfigurationProperties("salesflow.revisits")
record RevisitProperties(@DefaultValue("7d") Duration taskWithin, @DefaultValue("3d") Duration followUpWithin,
        @DefaultValue("200") int dailyBatch) {
}
