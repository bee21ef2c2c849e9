package com.salesflow.contract.internal;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The timers of {@code contract-approval}, as {@code ${contractClock.overdueAt(instalmentId)}}: an instalment is
 * overdue at the start of the day {@code overdue-after-days} after its due date, and escalated
 * {@code overdue-escalation} after that. Read when the timer is created, so a changed plan before signing is used.
 */
@Component("contractClock")
@com.salesflow.workflow.ProcessBean
@EnableConfigurationProperties(ContractProperties.class)
public class ContractClock {

    private final InstalmentRepository instalments;
    private final ContractProperties properties;
    private final Clock clock;

    ContractClock(InstalmentRepository instalments, ContractProperties properties, Clock clock) {
        this.instalments = instalments;
        this.properties = properties;
        this.clock = clock;
    }

    public Date overdueAt(Object instalmentId) {
        return Date.from(overdue(instalmentId).toInstant());
    }

    public Date escalationAt(Object instalmentId) {
        return Date.from(overdue(instalmentId).plus(properties.overdueEscalation()).toInstant());
    }

    /** The follow-up task's due date, from now (the engine's clock, which tests move). */
    public Date reminderDue() {
        return Date.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                .plus(properties.followUpWithin()));
    }

    private ZonedDateTime overdue(Object instalmentId) {
        long id = ((Number) instalmentId).longValue();
        InstalmentRecord instalment = instalments.findById(id)
                .orElseThrow(() -> new IllegalStateException("No instalment " + id));
        return instalment.getDueDate().plusDays(properties.overdueAfterDays()).atStartOfDay(clock.getZone());
    }
}
