package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Rejected: the reason from the form is required. */
@Component("rejectLead")
class RejectLeadDelegate implements JavaDelegate {

    private final LeadQualification qualification;

    RejectLeadDelegate(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        qualification.reject(leadId, (String) execution.getVariable("rejectReason"),
                (String) execution.getVariable("outcomeNote"));
    }
}
