package com.salesflow.lead;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Web-to-lead (decision 0006): web forms with their API keys, managed by administrators, and the intake of leads
 * that web sites post with such a key. The administration methods answer 403 to anyone but admins; the public
 * methods are for the key-authenticated endpoint and need no user.
 */
public interface WebForms {

    /** Web forms whose name, key prefix or origins contain {@code text}, optionally of one status; by name. */
    List<WebFormSummary> list(String text, WebFormStatus status);

    WebFormSummary get(long id);

    /** Creates an active web form; the key in the answer is shown once and never stored in plain text. */
    IssuedKey create(WebFormSettings settings);

    WebFormSummary update(long id, WebFormSettings settings, long version);

    /** Enables or disables the key; a revoked key stays revoked. */
    WebFormSummary setEnabled(long id, boolean enabled, long version);

    /** Replaces the key: the old one stops working at once. */
    IssuedKey rotate(long id, long version);

    /** Stops the key for good; the web form stays listed, so that its leads still name where they came from. */
    WebFormSummary revoke(long id, long version);

    /** The active web form of a key, if the key is one. */
    Optional<WebFormAccess> authenticate(String key);

    /** Every origin some active web form allows: a CORS preflight does not carry the key, only the origin. */
    Set<String> allowedOrigins();

    /**
     * Checks the lead (400 with every field error, nothing created) and submits it like any other lead, created by
     * {@code web-form:<name>} with the web form's source; returns the new lead's id.
     */
    long submit(long webFormId, PublicLeadForm form);
}
