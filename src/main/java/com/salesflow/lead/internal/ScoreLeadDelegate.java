package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Scores the lead with the decision tables {@code lead-score} and {@code lead-rating}. */
@Component("scoreLead")
class ScoreLeadDelegate implements JavaDelegate {

    private final LeadQualification qualification;

    ScoreLeadDelegate(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        qualification.score(leadId);
    }
}
