package com.salesflow.revisit.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code salesflow.greetings}: how many days before the occasion the greeting task appears (it is due on the day),
 * and how many greetings one run creates at most.
 */
@ConfigurationProperties("salesflow.greetings")
record GreetingProperties(@DefaultValue("3") int daysAhead, @DefaultValue("300") int dailyBatch) {
}
