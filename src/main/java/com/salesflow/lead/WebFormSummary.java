package com.salesflow.lead;

import com.salesflow.customer.Source;
import java.time.Instant;
import java.util.List;

/** A web form as administrators see it; the key itself is never part of it, only its visible prefix. */
public record WebFormSummary(long id, String name, Source source, List<String> allowedOrigins, String thankYouUrl,
        WebFormStatus status, String keyPrefix, Instant keyIssuedAt, String createdBy, Instant createdAt,
        Instant lastUsedAt, long version) {
}
