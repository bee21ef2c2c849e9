package com.salesflow.complaint;

/** What a complaint is about. */
public enum ComplaintCategory {
    PRODUCT_QUALITY, DELIVERY, SERVICE, BILLING, STAFF_ATTITUDE, OTHER
}
