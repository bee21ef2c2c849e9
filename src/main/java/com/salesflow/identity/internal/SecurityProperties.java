package com.salesflow.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Login throttling: {@code maxFailedLogins} wrong passwords lock an account for {@code lockDuration}. */
@ConfigurationProperties("salesflow.security")
record SecurityProperties(int maxFailedLogins, Duration lockDuration) {

    SecurityProperties {
        if (maxFailedLogins <= 0) {
            maxFailedLogins = 5;
        }
        if (lockDuration == null) {
            lockDuration = Duration.ofMinutes(15);
        }
    }
}
