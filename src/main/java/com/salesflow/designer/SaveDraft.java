package com.salesflow.designer;

/**
 * A draft to save. {@code basedOnDraft} is the draft number the editor started from (null for the deployed
 * version): when someone saved a newer draft since, the save is refused with 409 rather than overwriting their work.
 */
public record SaveDraft(String fileName, String content, Integer basedOnDraft) {
}
