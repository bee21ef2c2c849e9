package com.salesflow.designer;

import java.util.List;
import java.util.SortedSet;

/**
 * The process designer's loop: list, open, save drafts, validate, compare, deploy, roll back, migrate running
 * instances, and try a changed decision table on past decisions.
 *
 * <p>Designers and admins only; anyone else gets 403. A model file is named as in the repository without its folder
 * ({@code quote-approval.bpmn}, {@code quote-approval-level.dmn}, {@code approve-quote.form}); an unknown one is a
 * 404. Content that may not be deployed is a 400 with one field error per {@link ModelProblem} (field
 * {@code content}, or the element id as {@code content#elementId}) and nothing deployed. Stale drafts and deploys
 * (someone saved or deployed since) are a 409 {@code conflict.stale}.
 */
public interface Designer {

    List<ModelSummary> models();

    ModelDetails open(String fileName);

    /** Saves a draft (invalid content is kept: a draft is work in progress; oversized or DOCTYPE files are not). */
    ModelDraft saveDraft(SaveDraft draft);

    List<ModelDraft> drafts(String fileName);

    /** What would stop the content from being deployed; empty when it may be. */
    List<ModelProblem> validate(String fileName, String content);

    /** The elements that differ between the latest deployed version and the content. */
    List<ElementChange> diff(String fileName, String content);

    /** The content of a deployed version, for comparing and downloading. */
    String deployedContent(String fileName, int version);

    Deployed deploy(DeployRequest request);

    /** Deploys the content of an earlier version again as the newest version. */
    Deployed rollback(String fileName, int toVersion, String comment);

    MigrationPreview previewMigration(String fileName, int sourceVersion);

    /** Starts migrating the running instances of that version to the latest, as a batch. */
    MigrationStatus migrate(String fileName, int sourceVersion);

    MigrationStatus migrationStatus(String batchId);

    /**
     * Replays the decision table in {@code content} (a changed {@code key}) on the decisions made in the last
     * {@code days} days, comparing {@code output} (null: the first output column).
     */
    WhatIf whatIf(String decisionKey, String content, int days, String output);

    /** The bean names models may call, for the editor's delegate picker. */
    SortedSet<String> allowedBeans();
}
