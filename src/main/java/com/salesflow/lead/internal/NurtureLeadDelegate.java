package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Nurture: sets {@code nurtureUntil}, when the lead comes back to its owner. */
@Component("nurtureLead")
class NurtureLeadDelegate implements JavaDelegate {

    private final LeadQualification qualification;

    NurtureLeadDelegate(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        execution.setVariable("nurtureUntil", qualification.nurture(leadId));
    }
}
