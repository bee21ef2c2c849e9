package com.salesflow.contract;

/**
 * What the signed-in user may do with the contract now (the server checks again on every call); the page shows the
 * buttons accordingly.
 */
public record ContractActions(boolean edit, boolean submit, boolean editPlan, boolean sign, boolean deliver,
        boolean recordPayment, boolean cancel) {
}
