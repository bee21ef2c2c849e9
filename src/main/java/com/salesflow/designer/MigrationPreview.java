package com.salesflow.designer;

import java.util.List;

/**
 * What migrating the running instances of one process version to the latest would do: each activity that maps to
 * one of the latest version (by id), where instances wait now, and which waiting places do not map (those instances
 * would fail and stay where they are).
 */
public record MigrationPreview(String processKey, int sourceVersion, String sourceDefinitionId, int targetVersion,
        String targetDefinitionId, long instances, List<ActivityMapping> mappings, List<ActivityMapping> unmapped) {

    /** {@code targetActivityId} is null for an unmapped one; {@code waiting} counts the instances there now. */
    public record ActivityMapping(String sourceActivityId, String sourceName, String targetActivityId, long waiting) {
    }

    public boolean migratable() {
        return instances > 0 && !mappings.isEmpty();
    }
}
