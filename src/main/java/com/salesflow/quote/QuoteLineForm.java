package com.salesflow.quote;

import java.math.BigDecimal;

/**
 * A line as the user enters it: the product, how many, and the discount in percent (0–100). The unit price is not
 * entered: it comes from the quote's price list.
 */
public record QuoteLineForm(Long productId, BigDecimal quantity, BigDecimal discountPercent) {
}
