package com.salesflow.lead;

/** Filters of the lead list; null means any. {@code text} matches person, company, phone and e-mail. */
public record LeadFilter(String text, LeadStatus status, LeadRating rating, com.salesflow.customer.Source source,
        String owner) {

    public static LeadFilter any() {
        return new LeadFilter(null, null, null, null, null);
    }
}
