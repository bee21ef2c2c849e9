package com.salesflow.insight;

/** Which class of a customer changed. */
public enum ClassKind { RFM_TIER, LIFECYCLE, GRADE, DROPPED }
