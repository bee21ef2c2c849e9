package com.salesflow.complaint;

import java.util.Set;

/**
 * Where a complaint stands. REGISTERED: waiting in the service group's queue; INVESTIGATING: someone took it;
 * RESOLVED: a resolution waits for the customer's confirmation; REOPENED: the customer was not satisfied and it is
 * investigated again; CLOSED: the customer confirmed the resolution.
 */
public enum ComplaintStatus {
    REGISTERED, INVESTIGATING, RESOLVED, REOPENED, CLOSED;

    /** Not yet resolved: the SLA still runs. */
    public static final Set<ComplaintStatus> OPEN = Set.of(REGISTERED, INVESTIGATING, REOPENED);
}
