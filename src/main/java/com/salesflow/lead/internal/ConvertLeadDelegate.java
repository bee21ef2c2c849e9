package com.salesflow.lead.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Qualified: customer, contact and opportunity in the completing transaction. */
@Component("convertLead")
class ConvertLeadDelegate implements JavaDelegate {

    private final LeadQualification qualification;

    ConvertLeadDelegate(LeadQualification qualification) {
        this.qualification = qualification;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        Object amount = execution.getVariable("expectedAmount");
        Object close = execution.getVariable("expectedClose");
        qualification.convert(leadId, new LeadQualification.Conversion((String) execution.getVariable("opportunityName"),
                amount instanceof Number number ? new java.math.BigDecimal(number.toString()) : null,
                close instanceof String date && !date.isBlank() ? java.time.LocalDate.parse(date.substring(0, 10)) : null));
    }
}
