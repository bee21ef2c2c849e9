package com.salesflow.designer;

/** The version a deploy or rollback made; new process instances and evaluations use it. */
public record Deployed(String fileName, String key, int version, String definitionId, String deploymentId) {
}
