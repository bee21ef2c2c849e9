package com.salesflow.product;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A product's price for one quote line: {@code unitPrice} from the price list (in the list's {@code currency}, which
 * is also the product's), with the product's list price, cost and tax rate, so that a quote can show the discount
 * against the list price and its margin. A copy: later catalogue changes do not alter a quote that stored it.
 */
public record LinePrice(long productId, String code, String nameEn, String nameZh, String unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate, String currency, long priceListId) {
}
