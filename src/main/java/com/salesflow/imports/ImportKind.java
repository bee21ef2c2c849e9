package com.salesflow.imports;

/** What a file holds; each kind has one {@link ImportRowHandler} in the feature that owns the rows. */
public enum ImportKind {
    CUSTOMERS, LEADS, PRODUCTS
}
