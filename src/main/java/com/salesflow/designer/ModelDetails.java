package com.salesflow.designer;

import java.util.List;

/**
 * A model file opened in the Designer: the deployed content (null when never deployed), the newest draft (null when
 * none is newer than the deployment), and every deployed version, newest first.
 */
public record ModelDetails(ModelSummary summary, String deployedContent, ModelDraft draft,
        List<ModelVersion> versions) {

    /** What the editor starts from: the newest draft, else the deployed content. */
    public String workingContent() {
        return draft != null ? draft.content() : deployedContent;
    }
}
