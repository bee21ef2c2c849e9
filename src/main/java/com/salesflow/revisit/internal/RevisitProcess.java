package com.salesflow.revisit.internal;

import com.salesflow.customer.Grade;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The service's side of {@code post-sale-revisit}: starts a series with the grade's schedule from the table. */
@Component
class RevisitProcess {

    static final String PROCESS = "post-sale-revisit";
    static final String DECISION = "revisit-schedule";
    static final String CUSTOMER_ID = "customerId";
    static final String ORDER_ID = "orderId";
    static final String ORDER_NUMBER = "orderNumber";
    static final String CONTRACT_ID = "contractId";
    static final String OWNER = "owner";
    static final String GRADE = "grade";
    static final String SINGLE = "singleRevisit";
    static final String SERIES_START = "seriesStart";
    static final String OFFSETS = "revisitOffsets";
    static final String REPEAT_EVERY = "revisitRepeatEvery";
    static final String SERIES_LENGTH = "revisitSeriesLength";
    static final String REVISIT_ID = "revisitId";
    static final String REVISIT_DUE = "revisitDue";
    static final String SERIES_DONE = "seriesDone";
    static final String COMPLAINT = "revisitComplaint";
    static final String NEW_NEEDS = "revisitNewNeeds";
    static final String CUSTOMER_NAME = "customerName";

    private final RuntimeService runtime;
    private final DecisionService decisions;
    private final IdentityService identity;

    RevisitProcess(RuntimeService runtime, DecisionService decisions, IdentityService identity) {
        this.runtime = runtime;
        this.decisions = decisions;
        this.identity = identity;
    }

    RevisitSchedule scheduleFor(Grade grade) {
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION, Variables.createVariables()
                .putValue(GRADE, grade == null ? null : grade.name())).getSingleResult();
        return RevisitSchedule.parse((String) result.getEntry("offsets"), (String) result.getEntry("repeatEvery"),
                (String) result.getEntry("seriesLength"));
    }

    /**
     * Starts a series for a delivered order, or (orderId null, single) one revisit of a customer without orders.
     * Runs as the system: the revisit belongs to the company, not to whoever happened to trigger it.
     */
    String start(long customerId, Long orderId, String orderNumber, Long contractId, String owner, Grade grade,
            boolean single, Instant seriesStart) {
        RevisitSchedule schedule = scheduleFor(grade);
        VariableMap variables = Variables.createVariables().putValue(CUSTOMER_ID, customerId)
                .putValue(OWNER, owner).putValue(GRADE, grade == null ? null : grade.name())
                .putValue(SINGLE, single).putValue(SERIES_START, Date.from(seriesStart))
                .putValue(OFFSETS, schedule.offsetsText()).putValue(REPEAT_EVERY, schedule.repeatEvery().toString())
                .putValue(SERIES_LENGTH, schedule.seriesLength().toString());
        if (orderId != null) {
            variables.putValue(ORDER_ID, orderId).putValue(ORDER_NUMBER, orderNumber)
                    .putValue(CONTRACT_ID, contractId);
        }
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return runtime.startProcessInstanceByKey(PROCESS,
                    orderId != null ? "order:" + orderId : "customer:" + customerId, variables).getId();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }
}
