package com.salesflow.contract;

/** Why a contract was cancelled (合同取消原因), so that cancellations can be counted; a note says the rest. */
public enum CancelReason {
    CUSTOMER_WITHDREW, CREDIT_REFUSED, TERMS_NOT_AGREED, REPLACED, DUPLICATE, OTHER
}
