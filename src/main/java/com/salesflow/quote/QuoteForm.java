package com.salesflow.quote;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A draft as the user edits it. {@code opportunityId} is read on create only. Null {@code validUntil} means 30 days
 * (configurable) from today; null {@code paymentTermsDays} means the standard 30; null {@code language} means the
 * customer's (Chinese for a customer whose name is written in Chinese, else English). {@code version} is the
 * version the caller read (edits only; a stale one is a 409).
 */
public record QuoteForm(Long opportunityId, Long priceListId, List<QuoteLineForm> lines,
        BigDecimal headerDiscountPercent, LocalDate validUntil, Integer paymentTermsDays, String terms,
        String language, Long version) {

    public QuoteForm withVersion(Long readVersion) {
        return new QuoteForm(opportunityId, priceListId, lines, headerDiscountPercent, validUntil, paymentTermsDays,
                terms, language, readVersion);
    }
}
