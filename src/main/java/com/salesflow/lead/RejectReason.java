package com.salesflow.lead;

/** Why a lead was rejected (required when rejecting). */
public enum RejectReason { NO_NEED, NO_BUDGET, NOT_REACHABLE, COMPETITOR_CHOSEN, NOT_OUR_MARKET, SPAM, OTHER }
