/**
 * Customer insight (客户分类, issue 10): RFM tiers, lifecycle and grade suggestions computed from order history in runs
 * (nightly and on demand), their history, win-back of lost customers and replenishment follow-ups.
 */
package com.salesflow.insight;
