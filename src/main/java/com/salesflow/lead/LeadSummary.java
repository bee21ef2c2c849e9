package com.salesflow.lead;

import com.salesflow.customer.Source;
import java.time.Instant;

/**
 * A lead in lists and the API (field names fixed by CONTRACTS.md: {@code name} is the person). {@code contactDue}
 * and {@code sla}: when the first contact is due and where the lead stands against it, while it is being qualified.
 */
public record LeadSummary(long id, String name, String company, String phone, String email, Source source,
        String industry, String region, CompanySize companySize, Engagement engagement, LeadStatus status,
        Integer score, LeadRating rating, String team, String owner, Long customerId, Long opportunityId,
        Long duplicateOf, String processInstanceId, Instant createdAt, Instant contactDue, LeadSla sla,
        Instant escalatedAt, long version) {
}
