package com.salesflow.lead;

/**
 * Where a lead being qualified stands against its first-contact SLA: due later, due within the warning window
 * ({@code salesflow.leads.first-contact-warning}), or overdue. Leads that are not being qualified have none.
 */
public enum LeadSla { ON_TIME, DUE_SOON, OVERDUE }
