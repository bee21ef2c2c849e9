package com.salesflow.insight.internal;

import com.salesflow.insight.RunTrigger;
import com.salesflow.shared.ConflictException;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The nightly run ({@code salesflow.insight.cron}), on the scheduler's thread. */
@Component
class NightlyClassification {

    private static final Logger log = LoggerFactory.getLogger(NightlyClassification.class);

    private final ClassificationRunner runner;

    NightlyClassification(ClassificationRunner runner) {
        this.runner = runner;
    }

    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedRuns() {
        runner.failInterrupted(Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    @Scheduled(cron = "${salesflow.insight.cron:0 30 2 * * *}")
    void run() {
        long runId;
        try {
            runId = runner.begin(RunTrigger.SCHEDULED, ClassificationRunner.SYSTEM);
        } catch (ConflictException e) {
            log.info("Nightly classification skipped: another run is under way");
            return;
        }
        runner.execute(runId);
    }
}
