/** The Vaadin screens for leads: the list, the intake form and the lead page with its score, outcome and history. */
package com.salesflow.lead.ui;
