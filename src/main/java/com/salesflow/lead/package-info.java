/**
 * Leads (线索) and their qualification (DOMAIN.md §5.1): intake from the form, the API, imports and web sites; the
 * {@code lead-qualification} process checks duplicates, scores ({@code lead-score}), routes ({@code lead-routing})
 * and has the owner qualify the lead into a customer, contact and opportunity, nurture it, or reject it.
 */
package com.salesflow.lead;
