package com.salesflow.complaint;

/**
 * Complaints (客户投诉) and the {@code complaint-handling} process that drives each of them.
 */
public interface Complaints {

    /** Registers a complaint and starts its handling; answers the new complaint's id. */
    long register(ComplaintForm form);
}
