package com.salesflow.contract;

/**
 * PLANNED until the contract is signed (not yet a receivable), then OPEN until paid in full (PAID); CANCELLED with
 * its contract (it then leaves the receivables).
 */
public enum InstalmentStatus {
    PLANNED, OPEN, PAID, CANCELLED
}
