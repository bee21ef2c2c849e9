package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The supervisor answered the late-lead task: a reassignment moves the lead and its Qualify task. */
@Component("handleLateLead")
class HandleLateLeadDelegate implements JavaDelegate {

    private final LeadQualification qualification;

    HandleLateLeadDelegate(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        execution.setVariable("owner", qualification.handleEscalation(leadId,
                (String) execution.getVariable("supervisor"), (String) execution.getVariable("escalationAction"),
                (String) execution.getVariable("newOwner")));
    }
}
