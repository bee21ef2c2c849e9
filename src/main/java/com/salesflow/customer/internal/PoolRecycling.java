package com.salesflow.customer.internal;

import com.salesflow.customer.Grade;
import com.salesflow.customer.OwnershipChangeReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Returns customers nobody followed up to the shared pool (公海) and warns their owners some days before. How many
 * days, per grade, and which grades are excluded, is the decision table {@code pool-recycling}'s business; this
 * class only applies it. Runs as the system, not as a user, from the nightly {@code pool-recycling} process.
 */
@Service
@Transactional
class PoolRecycling {

    static final String DECISION = "pool-recycling";
    static final String WARNING_PROCESS = "pool-recycling-warning";
    static final String SYSTEM = "system";
    private static final LocalTime NIGHTLY_RUN = LocalTime.of(2, 0);
    private static final Logger log = LoggerFactory.getLogger(PoolRecycling.class);

    record Rule(boolean excluded, int recycleAfterDays, int warnDaysBefore) {
    }

    private final CustomerRepository customers;
    private final OwnershipChangeRepository ownershipChanges;
    private final DecisionService decisions;
    private final RuntimeService runtime;
    private final Clock clock;

    PoolRecycling(CustomerRepository customers, OwnershipChangeRepository ownershipChanges, DecisionService decisions,
            RuntimeService runtime, Clock clock) {
        this.customers = customers;
        this.ownershipChanges = ownershipChanges;
        this.decisions = decisions;
        this.runtime = runtime;
        this.clock = clock;
    }

    Rule ruleFor(Grade grade) {
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey(DECISION,
                Variables.createVariables().putValue("grade", grade.name())).getSingleResult();
        return new Rule(Boolean.TRUE.equals(result.getEntry("excluded")),
                ((Number) result.getEntry("recycleAfterDays")).intValue(),
                ((Number) result.getEntry("warnDaysBefore")).intValue());
    }

    /** @return how many customers went back to the pool */
    int recycle() {
        Instant now = clock.instant();
        int recycled = 0;
        for (Grade grade : Grade.values()) {
            Rule rule = ruleFor(grade);
            if (rule.excluded()) {
                continue;
            }
            for (Customer customer : customers.findNeglectedSince(grade, now.minus(days(rule.recycleAfterDays())))) {
                String previous = customer.getOwner();
                customer.changeOwner(null, now);
                ownershipChanges.save(new OwnershipChange(customer.getId(), now, previous, null, SYSTEM,
                        OwnershipChangeReason.RECYCLED, "No follow-up for " + rule.recycleAfterDays() + " days"));
                recycled++;
            }
        }
        log.info("Pool recycling: {} customers returned to the pool", recycled);
        return recycled;
    }

    /** @return how many owners got a new warning task; a customer already warned is not warned twice */
    int warnOwners() {
        Instant now = clock.instant();
        int warned = 0;
        for (Grade grade : Grade.values()) {
            Rule rule = ruleFor(grade);
            if (rule.excluded()) {
                continue;
            }
            Duration recycleAfter = days(rule.recycleAfterDays());
            Instant dueBefore = now.minus(recycleAfter);
            List<Customer> soon = customers.findNeglectedSince(grade, dueBefore.plus(days(rule.warnDaysBefore())));
            for (Customer customer : soon) {
                // The same test as findNeglectedSince(grade, dueBefore): those go back to the pool tonight anyway.
                Instant lastTouch = customer.getLastFollowUpAt() == null
                        || customer.getLastFollowUpAt().isBefore(customer.getOwnedSince())
                        ? customer.getOwnedSince() : customer.getLastFollowUpAt();
                if (lastTouch.isBefore(dueBefore) || alreadyWarned(customer.getId())) {
                    continue;
                }
                LocalDateTime recycleOn = LocalDateTime.of(
                        lastTouch.plus(recycleAfter).atZone(clock.getZone()).toLocalDate().plusDays(1), NIGHTLY_RUN);
                runtime.startProcessInstanceByKey(WARNING_PROCESS, businessKey(customer.getId()), Map.of(
                        "customerId", customer.getId(), "customerName", customer.getName(),
                        "owner", customer.getOwner(), "recycleOn", recycleOn.toString()));
                warned++;
            }
        }
        log.info("Pool recycling: warned the owners of {} customers", warned);
        return warned;
    }

    private boolean alreadyWarned(long customerId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(WARNING_PROCESS)
                .processInstanceBusinessKey(businessKey(customerId)).active().count() > 0;
    }

    static String businessKey(long customerId) {
        return "customer:" + customerId;
    }

    private static Duration days(int days) {
        return Duration.ofDays(days);
    }
}
