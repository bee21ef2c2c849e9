package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First contact overdue: sets {@code supervisor}, who gets the late-lead task. */
@Component("escalateLead")
class EscalateLeadDelegate implements JavaDelegate {

    private final LeadQualification qualification;

    EscalateLeadDelegate(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        execution.setVariable("supervisor", qualification.escalate(leadId));
    }
}
