package com.salesflow.quote;

/** What a line of a quote's approval trail records. */
public enum TrailAction {
    SUBMITTED,
    /** A row of {@code quote-approval-level} required an approver (the entry's level and rule). */
    APPROVAL_REQUIRED,
    /** No row required an approver: the quote may be sent at once. */
    NO_APPROVAL_NEEDED,
    APPROVED,
    /** An approver rejected the quote (comment required). */
    DECLINED,
    /** An approver sent it back for changes (comment required). */
    SENT_BACK,
    /** The approval took longer than its SLA: the approver was reminded. */
    REMINDED,
    /** Still not decided after the reminder: the supervisor's step went to the directors. */
    ESCALATED,
    WITHDRAWN,
    SENT,
    ACCEPTED,
    /** The customer rejected it (reason required). */
    REJECTED,
    EXPIRED,
    SUPERSEDED
}
