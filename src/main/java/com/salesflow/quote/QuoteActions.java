package com.salesflow.quote;

/**
 * What the signed-in user may do with this version now (the server checks again on every call); the page shows the
 * buttons accordingly.
 */
public record QuoteActions(boolean edit, boolean submit, boolean newVersion, boolean send, boolean answer,
        boolean pdf) {
}
