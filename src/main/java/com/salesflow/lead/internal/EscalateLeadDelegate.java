package com.salesflow.lead.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * First contact overdue: sets {@code supervisor}, who gets the late-lead task, and {@code reassignTo}, the
 * salespeople its form offers (a JSON list of options, as form-js {@code valuesKey} reads them).
 */
@Component("escalateLead")
class EscalateLeadDelegate implements JavaDelegate {

    private final LeadQualification qualification;
    private final ObjectMapper mapper;

    EscalateLeadDelegate(LeadQualification qualification, ObjectMapper mapper) {
        this.qualification = qualification;
        this.mapper = mapper;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long leadId = ((Number) execution.getVariable(LeadService.LEAD_ID)).longValue();
        String supervisor = qualification.escalate(leadId);
        execution.setVariable("supervisor", supervisor);
        execution.setVariable("reassignTo", json(qualification.reassignOptions(leadId, supervisor)));
    }

    private JsonValue json(Object options) {
        try {
            return SpinValues.jsonValue(mapper.writeValueAsString(options)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the reassign options", e);
        }
    }
}
