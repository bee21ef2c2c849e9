package com.salesflow.complaint;

/** How the complaint was resolved and why it happened; {@code version} is the complaint's as the caller saw it. */
public record ResolutionForm(String resolution, String rootCause, Long version) {
}
