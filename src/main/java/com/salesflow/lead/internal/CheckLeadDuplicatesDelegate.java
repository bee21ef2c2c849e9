package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Duplicate check: sets {@code duplicate} when the lead was merged into an open one. */
@Component("checkLeadDuplicates")
class CheckLeadDuplicatesDelegate implements JavaDelegate {

    private final LeadQualification qualification;

    CheckLeadDuplicatesDelegate(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        execution.setVariable("duplicate", qualification.checkDuplicates(leadId));
    }
}
