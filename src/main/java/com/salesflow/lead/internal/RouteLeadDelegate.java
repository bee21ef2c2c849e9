package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Routes the lead: sets {@code owner}, and the first-contact due date and SLA of the Qualify task. */
@Component("routeLead")
class RouteLeadDelegate implements JavaDelegate {

    private final LeadQualification qualification;

    RouteLeadDelegate(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        execution.setVariable("owner", qualification.route(leadId));
        execution.setVariable("firstContactDue", qualification.firstContactDue(leadId));
        execution.setVariable("firstContactSla", qualification.firstContactSla());
    }
}
