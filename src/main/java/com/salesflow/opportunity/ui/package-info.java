/** The Vaadin screens for opportunities: the pipeline board, the list and the opportunity page. */
package com.salesflow.opportunity.ui;
