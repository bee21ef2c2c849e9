package com.salesflow.product;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

/**
 * A product of the catalogue. Money and the tax rate are decimal strings in JSON (CONTRACTS.md). {@code cost} is
 * null for readers who may not see costs (see {@link Products#list}).
 */
public record ProductSummary(long id, String code, String nameEn, String nameZh, String unit,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal listPrice,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRate, String currency, boolean active,
        Instant createdAt, String createdBy, Instant updatedAt, String updatedBy, long version) {

    /** The name in the reader's language: Chinese for a Chinese locale, else English. */
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    /** The same product without its cost. */
    public ProductSummary withoutCost() {
        return new ProductSummary(id, code, nameEn, nameZh, unit, listPrice, null, taxRate, currency, active,
                createdAt, createdBy, updatedAt, updatedBy, version);
    }
}
