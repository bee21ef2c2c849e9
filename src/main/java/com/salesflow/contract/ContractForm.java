package com.salesflow.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The owner's edit of a contract before signing. Once it has been submitted, an edit is an amendment: it needs
 * {@code amendmentReason}, makes the next version and goes through approval again. {@code lines} may change
 * quantities and unit prices of the quote's lines (by position; a line left out keeps its values; quantity 0 drops
 * it). {@code version} is the version the caller read (a stale one is a 409).
 */
public record ContractForm(Integer paymentTermsDays, String terms, Set<DeviationType> deviations,
        String deviationNote, List<LineChange> lines, String amendmentReason, long version) {

    public record LineChange(int position, BigDecimal quantity, BigDecimal unitPrice) {
    }
}
