package com.salesflow.quote;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * A priced line, as stored: the product's code, names and unit copied from the catalogue when the line was priced,
 * so that later catalogue changes do not alter the quote. Money is a decimal string in JSON; {@code unitCost} and
 * {@code cost} are null for readers who may not see costs.
 */
public record QuoteLine(int position, long productId, String productCode, String productNameEn,
        String productNameZh, String unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountPercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitCost,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost) {

    /** The product's name in the reader's language. */
    public String productName(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? productNameZh : productNameEn;
    }
}
