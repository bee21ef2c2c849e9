package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The nurture period is over: the lead is qualified again, with a new first-contact due date. */
@Component("reopenLead")
class ReopenLeadDelegate implements JavaDelegate {

    private final LeadQualification qualification;

    ReopenLeadDelegate(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        execution.setVariable("firstContactDue", qualification.reopen(leadId));
    }
}
