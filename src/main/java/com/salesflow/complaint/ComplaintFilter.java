package com.salesflow.complaint;

import java.util.Set;

/**
 * What the complaint list shows: {@code text} matches the number, the description or the customer's name;
 * empty sets and nulls match everything; {@code slaBreached} true shows only complaints past their SLA.
 */
public record ComplaintFilter(String text, Set<ComplaintStatus> statuses, Set<ComplaintSeverity> severities,
        Set<ComplaintCategory> categories, String owner, Long customerId, Boolean slaBreached) {

    public static ComplaintFilter all() {
        return new ComplaintFilter(null, Set.of(), Set.of(), Set.of(), null, null, null);
    }

    public static ComplaintFilter ofCustomer(long customerId) {
        return new ComplaintFilter(null, Set.of(), Set.of(), Set.of(), null, customerId, null);
    }
}
