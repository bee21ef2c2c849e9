package com.salesflow.product;

/** Filters of the product list; null means any. {@code text} matches code, English and Chinese name. */
public record ProductFilter(String text, Boolean active) {

    public static ProductFilter any() {
        return new ProductFilter(null, null);
    }
}
