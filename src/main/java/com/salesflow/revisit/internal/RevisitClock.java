package com.salesflow.revisit.internal;

import java.util.Date;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Due dates of the tasks of {@code post-sale-revisit}, as {@code ${revisitClock.taskDue()}}: from now (the engine's
 * clock, which tests move) plus {@code salesflow.revisits.task-within} or {@code follow-up-within}.
 */
@Component("revisitClock")
@com.salesflow.workflow.ProcessBean
@EnableConfigurationProperties(RevisitProperties.class)
public class RevisitClock {

    private final RevisitProperties properties;

    RevisitClock(RevisitProperties properties) {
        this.properties = properties;
    }

    public Date taskDue() {
        return Date.from(RevisitSteps.now().plus(properties.taskWithin()));
    }

    public Date followUpDue() {
        return Date.from(RevisitSteps.now().plus(properties.followUpWithin()));
    }
}
