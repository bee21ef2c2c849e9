package com.salesflow.quote.internal;

import com.salesflow.workflow.ProcessBean;
import java.time.Clock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * When an approver is reminded and when the supervisor's step goes to the directors, in working time from now
 * ({@code salesflow.quotes.approval-sla}, {@code escalation-after}, {@code working-hours}). Named in the timers of
 * {@code quote-approval.bpmn}, which evaluate it when the approval task starts.
 */
@Component("quoteApprovalClock")
@ProcessBean
public class QuoteApprovalClock {

    private final QuoteProperties properties;
    private final Clock clock;
    private final WorkingTime workingTime;

    QuoteApprovalClock(QuoteProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        QuoteProperties.WorkingHours hours = properties.workingHours();
        this.workingTime = new WorkingTime(hours.start(), hours.end(), hours.days(), clock.getZone());
    }

    public Date reminderAt() {
        return Date.from(workingTime.plus(clock.instant(), properties.approvalSla()));
    }

    public Date escalationAt() {
        return Date.from(workingTime.plus(clock.instant(),
                properties.approvalSla().plus(properties.escalationAfter())));
    }
}
