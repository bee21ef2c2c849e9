/**
 * Quotes (报价, DOMAIN.md §5.2): versions per opportunity, lines priced from the catalogue, totals and margin on the
 * server, and the {@code quote-approval} process whose approvers the {@code quote-approval-level} table decides.
 */
package com.salesflow.quote;
