package com.salesflow.quote;

import java.util.Set;

/**
 * Where one quote version stands (报价状态). A DRAFT is the only state that may be edited; once submitted a version is
 * never edited again, changes make a new version.
 */
public enum QuoteStatus {
    /** Being written; not yet submitted. */
    DRAFT,
    /** Submitted; approvers required by {@code quote-approval-level} are deciding. */
    PENDING_APPROVAL,
    /** An approver sent it back for changes: the owner makes a new version or withdraws. */
    CHANGES_REQUESTED,
    /** An approver rejected it; the process ended. A new version may be made. */
    DECLINED,
    /** Approved (or needed no approval): to be sent to the customer. */
    APPROVED,
    /** Sent to the customer; waiting for an answer until the end of its validity. */
    SENT,
    /** The customer accepted it. */
    ACCEPTED,
    /** The customer rejected it, with a reason. */
    REJECTED,
    /** Its validity ended without an answer. */
    EXPIRED,
    /** The owner withdrew it after it was sent back. */
    WITHDRAWN,
    /** A newer version replaced it before the customer answered. */
    SUPERSEDED;

    /** States in which the quote may be printed and sent: it passed approval. */
    public static final Set<QuoteStatus> PRINTABLE = Set.of(APPROVED, SENT, ACCEPTED, REJECTED, EXPIRED, SUPERSEDED);

    public boolean isEditable() {
        return this == DRAFT;
    }

    /** Nothing more happens to this version. */
    public boolean isFinal() {
        return this == DECLINED || this == ACCEPTED || this == REJECTED || this == EXPIRED || this == WITHDRAWN
                || this == SUPERSEDED;
    }
}
