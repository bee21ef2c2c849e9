package com.salesflow.designer;

import java.time.Instant;

/** A saved draft: numbered per file, never overwritten. */
public record ModelDraft(String fileName, int draftNo, String author, Instant savedAt, String content) {
}
