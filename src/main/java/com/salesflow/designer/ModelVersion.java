package com.salesflow.designer;

import java.time.Instant;

/**
 * A deployed version of a model file, with the designer's comment and action (null for start-up deployments) and
 * the process instances running on it (0 for decisions and forms).
 */
public record ModelVersion(int version, String definitionId, String deploymentId, Instant deployedAt,
        String deployedBy, String action, String comment, long runningInstances) {
}
