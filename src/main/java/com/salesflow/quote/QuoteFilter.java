package com.salesflow.quote;

import java.util.Set;

/**
 * Filters of the quote list; null or empty means any. {@code text} matches the number, the customer's or the
 * opportunity's name. {@code latestOnly} hides versions a newer one replaced.
 */
public record QuoteFilter(String text, Set<QuoteStatus> statuses, Long opportunityId, Long customerId, String owner,
        boolean latestOnly) {

    public static QuoteFilter all() {
        return new QuoteFilter(null, Set.of(), null, null, null, false);
    }

    public static QuoteFilter ofOpportunity(long opportunityId) {
        return new QuoteFilter(null, Set.of(), opportunityId, null, null, false);
    }
}
