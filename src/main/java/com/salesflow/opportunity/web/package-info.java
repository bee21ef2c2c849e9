/** The REST resource {@code /api/opportunities} and the pipeline sums. */
package com.salesflow.opportunity.web;
