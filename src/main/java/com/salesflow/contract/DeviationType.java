package com.salesflow.contract;

/** Kinds of departure from the standard terms (非标准条款); any of them sends the contract to legal review. */
public enum DeviationType {
    PAYMENT_TERMS, LIABILITY, WARRANTY, PENALTY, DELIVERY, INTELLECTUAL_PROPERTY, JURISDICTION, OTHER
}
