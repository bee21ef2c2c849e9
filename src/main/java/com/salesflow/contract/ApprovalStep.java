package com.salesflow.contract;

/** The approval steps of {@code contract-approval}; FINAL_SUPERVISOR or FINAL_DIRECTOR as the amount decides. */
public enum ApprovalStep {
    FINANCE, LEGAL, SUPERVISOR, DIRECTOR
}
