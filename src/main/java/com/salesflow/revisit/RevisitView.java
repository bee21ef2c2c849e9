package com.salesflow.revisit;

import com.salesflow.customer.Grade;
import com.salesflow.customer.ObjectionType;
import java.time.Instant;

/** One revisit as lists and the REST API show it; {@code orderId} is null for a customer without orders. */
public record RevisitView(long id, long customerId, String customerName, Long orderId, String orderNumber,
        Long contractId, int seq, Instant dueAt, RevisitStatus status, Grade grade, String assignee,
        Integer satisfaction, String feedback, String newNeeds, ObjectionType objectionType, String objectionNote,
        Long complaintId, String completedBy, Instant completedAt) {
}
