/**
 * Opportunities (商机) and the pipeline (销售漏斗): stages with their rules, amount and probability, expected close,
 * competitors, loss reasons and follow-up times; the pipeline board and list.
 */
package com.salesflow.opportunity;
