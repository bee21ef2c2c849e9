/**
 * Opportunities (商机): a chance to sell to a customer, with its stage, amount and expected close. Created by
 * qualified leads for now; the pipeline, quotes and approvals come with issue 7.
 */
package com.salesflow.opportunity;
