package com.salesflow.product;

/**
 * A price list's state on a day: valid; not yet valid (starts later); expired (ended before); or deactivated, which
 * wins over the dates.
 */
public enum PriceListStatus {
    VALID, NOT_YET_VALID, EXPIRED, INACTIVE
}
