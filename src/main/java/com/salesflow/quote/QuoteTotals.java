package com.salesflow.quote;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * The sums of a quote, computed on the server: gross (quantity × unit price), the net of the lines after their
 * discounts, the header discount, net (before tax), tax, total (net + tax). {@code cost}, {@code margin} and
 * {@code marginPercent} are null for readers who may not see costs. Discounts are percent of gross.
 */
public record QuoteTotals(
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal linesNet,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal headerDiscount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal margin,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal marginPercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal maxLineDiscount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalDiscountPercent) {
}
