package com.salesflow.complaint.internal;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Complaint times are read from the engine's clock, the one the SLA timer fires on, so that registration, resolution
 * and the timer agree; it is the system clock unless a test moves it.
 */
final class SlaClock {

    private SlaClock() {
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
