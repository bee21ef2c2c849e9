package com.salesflow.contract;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/** A line as copied from the quote (or amended), with what has been delivered of it. */
public record ContractLine(int position, long productId, String productCode, String productNameEn,
        String productNameZh, String unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountPercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tax,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal delivered) {

    public BigDecimal remaining() {
        return quantity.subtract(delivered);
    }

    public String productName(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? productNameZh : productNameEn;
    }
}
