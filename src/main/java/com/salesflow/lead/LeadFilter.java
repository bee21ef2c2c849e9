package com.salesflow.lead;

/**
 * Filters of the lead list; null means any. {@code text} matches person, company, phone and e-mail; {@code sla}
 * keeps leads being qualified in that SLA state.
 */
public record LeadFilter(String text, LeadStatus status, LeadRating rating, com.salesflow.customer.Source source,
        String owner, LeadSla sla) {

    public LeadFilter(String text, LeadStatus status, LeadRating rating, com.salesflow.customer.Source source,
            String owner) {
        this(text, status, rating, source, owner, null);
    }

    public static LeadFilter any() {
        return new LeadFilter(null, null, null, null, null, null);
    }
}
