package com.salesflow.quote;

import com.salesflow.opportunity.LossReason;

/** The customer's rejection: a reason from the list (required) and a note. */
public record CustomerAnswer(LossReason reason, String note) {
}
