package com.salesflow.lead;

/**
 * A web form with its new key in plain text: returned once, on creation or rotation, and never again (only its hash
 * is stored).
 */
public record IssuedKey(WebFormSummary webForm, String key) {
}
