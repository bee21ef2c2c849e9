package com.salesflow.complaint;

/**
 * The customer's answer to the resolution: {@code satisfied} closes the complaint, otherwise it is reopened and
 * {@code feedback} (then required) says why.
 */
public record ConfirmationForm(Boolean satisfied, String feedback, Long version) {
}
