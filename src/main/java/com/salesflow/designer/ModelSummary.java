package com.salesflow.designer;

import java.time.Instant;
import java.util.Locale;

/**
 * A model file as the Designer lists it: the latest deployed version (0 when only drafts exist), who deployed it
 * and when ({@code deployedBy} is null for the models deployed from {@code processes/} at start-up), the instances
 * running on all its versions, and the newest draft if one is newer than the deployment.
 *
 * @param key the process, decision or form id inside the file
 */
public record ModelSummary(String fileName, ModelKind kind, String key, String name, int deployedVersion,
        Instant deployedAt, String deployedBy, long runningInstances, Integer draftNo, String draftAuthor,
        Instant draftSavedAt) {

    /** Whether the text (blank: any) is part of the file name, id or name, ignoring case. */
    public boolean matches(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || (fileName + " " + key + " " + name).toLowerCase(Locale.ROOT).contains(needle);
    }
}
