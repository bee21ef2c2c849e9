package com.salesflow.designer;

/**
 * A model to deploy as a new version with a required comment. {@code basedOnVersion} is the deployed version the
 * designer started from (0 for a new file): when another version was deployed since, the deploy is refused with 409.
 */
public record DeployRequest(String fileName, String content, String comment, Integer basedOnVersion) {
}
