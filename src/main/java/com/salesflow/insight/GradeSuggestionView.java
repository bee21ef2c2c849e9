package com.salesflow.insight;

import com.salesflow.customer.Grade;
import java.time.Instant;

/** A grade the rules suggest, waiting for the owner's supervisor. */
public record GradeSuggestionView(long id, long customerId, String customerName, Grade currentGrade,
        Grade suggestedGrade, String status, Instant createdAt) {
}
