package com.salesflow.lead;

/**
 * Where a lead stands: QUALIFYING from intake until the owner decides; NURTURE while it waits to be qualified again;
 * QUALIFIED, REJECTED and MERGED (into an open lead with the same phone, e-mail or company) are final.
 */
public enum LeadStatus {
    QUALIFYING, NURTURE, QUALIFIED, REJECTED, MERGED;

    public boolean isOpen() {
        return this == QUALIFYING || this == NURTURE;
    }
}
