package com.salesflow.contract;

import java.util.Set;

/**
 * Where a contract stands. DRAFT and SENT_BACK wait for the owner; IN_APPROVAL for credit, finance, legal and the
 * final approver; APPROVED for signing; SIGNED while the order is delivered and paid; FULFILLED when both are done.
 * REJECTED and CANCELLED end it.
 */
public enum ContractStatus {
    DRAFT, IN_APPROVAL, SENT_BACK, APPROVED, SIGNED, FULFILLED, REJECTED, CANCELLED;

    public static final Set<ContractStatus> EDITABLE = Set.of(DRAFT, SENT_BACK, APPROVED, IN_APPROVAL);

    public boolean isClosed() {
        return this == FULFILLED || this == REJECTED || this == CANCELLED;
    }

    /** Before signing: terms, lines and the payment plan may still change. */
    public boolean isBeforeSigning() {
        return this == DRAFT || this == SENT_BACK || this == IN_APPROVAL || this == APPROVED;
    }
}
