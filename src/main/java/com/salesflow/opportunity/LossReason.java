package com.salesflow.opportunity;

/** Why an opportunity was lost (输单原因); a fixed list, so that losses can be counted, plus a free note. */
public enum LossReason {
    PRICE, COMPETITOR, NO_BUDGET, NO_DECISION, TIMING, PRODUCT_FIT, RELATIONSHIP, OTHER
}
