package com.salesflow.revisit;

import com.salesflow.customer.Grade;
import java.time.LocalDate;
import java.util.Set;

/**
 * Filters of the revisit list; null or empty means any. {@code text} matches the order number, feedback and new
 * needs; {@code dueFrom}/{@code dueTo} are inclusive days.
 */
public record RevisitFilter(String text, Set<RevisitStatus> statuses, Grade grade, Integer satisfaction,
        String assignee, Long customerId, LocalDate dueFrom, LocalDate dueTo) {

    public static RevisitFilter all() {
        return new RevisitFilter(null, Set.of(), null, null, null, null, null, null);
    }

    public static RevisitFilter ofCustomer(long customerId) {
        return new RevisitFilter(null, Set.of(), null, null, null, customerId, null, null);
    }
}
