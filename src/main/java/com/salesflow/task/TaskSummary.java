package com.salesflow.task;

import java.time.Instant;
import java.util.List;

/**
 * A task in a list (field names fixed by CONTRACTS.md, plus the process name, customer name, SLA state, and the
 * owner who delegated it while the delegate has not returned it; null otherwise).
 */
public record TaskSummary(String id, String name, String processDefinitionKey, String processName,
        String processInstanceId, String assignee, String delegatedBy, List<String> candidateGroups, Instant created, Instant due,
        Instant followUp, int priority, String businessKey, Long customerId, String customerName, SlaState sla) {
}
