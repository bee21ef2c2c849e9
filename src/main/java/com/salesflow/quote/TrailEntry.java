package com.salesflow.quote;

import java.time.Instant;

/**
 * One line of the approval trail (审批记录): who did what when, on which version. {@code level} is the approval step
 * it concerns (null for submit, send, answers); {@code rule}/{@code ruleZh} the reason of the decision-table row that
 * required the level (APPROVAL_REQUIRED only); {@code comment} the approver's or owner's words.
 */
public record TrailEntry(long id, long quoteId, int versionNo, TrailAction action, ApprovalLevel level, String actor,
        Instant at, String comment, String rule, String ruleZh) {

    public String rule(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) && ruleZh != null ? ruleZh : rule;
    }
}
