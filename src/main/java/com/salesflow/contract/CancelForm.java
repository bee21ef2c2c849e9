package com.salesflow.contract;

/** Why the contract is cancelled; {@code note} is required for OTHER. */
public record CancelForm(CancelReason reason, String note, long version) {
}
