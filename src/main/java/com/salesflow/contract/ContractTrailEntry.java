package com.salesflow.contract;

import java.time.Instant;

/** One line of the trail: who did what when on which version, and why. */
public record ContractTrailEntry(long id, int versionNo, ContractAction action, ApprovalStep level, String actor,
        Instant at, String comment) {
}
