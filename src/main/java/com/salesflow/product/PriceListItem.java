package com.salesflow.product;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Locale;

/** A product's price in a price list, with what the screen shows next to it (code, names, list price). */
public record PriceListItem(long id, long priceListId, long productId, String code, String nameEn, String nameZh,
        String unit, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice, boolean productActive, long version) {

    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
