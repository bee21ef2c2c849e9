package com.salesflow.designer.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who deployed, rolled back or migrated what, when and why; written once. */
@Entity
@Table(name = "sf_model_audit")
class ModelAuditRecord {

    enum Action {
        DEPLOY, ROLLBACK, MIGRATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_name")
    private String fileName;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Action action;

    @Column(name = "deployment_id")
    private String deploymentId;

    @Column(name = "definition_id")
    private String definitionId;

    @Column(name = "definition_version")
    private Integer definitionVersion;

    @Column(name = "source_version")
    private Integer sourceVersion;

    @Column(name = "batch_id")
    private String batchId;

    private Integer instances;

    private String comment;

    private String actor;

    private Instant at;

    protected ModelAuditRecord() {
    }

    static ModelAuditRecord deployed(String fileName, Action action, String deploymentId, String definitionId,
            int version, Integer sourceVersion, String comment, String actor, Instant at) {
        ModelAuditRecord record = new ModelAuditRecord();
        record.fileName = fileName;
        record.action = action;
        record.deploymentId = deploymentId;
        record.definitionId = definitionId;
        record.definitionVersion = version;
        record.sourceVersion = sourceVersion;
        record.comment = comment;
        record.actor = actor;
        record.at = at;
        return record;
    }

    static ModelAuditRecord migrated(String fileName, String definitionId, int targetVersion, int sourceVersion,
            String batchId, int instances, String actor, Instant at) {
        ModelAuditRecord record = new ModelAuditRecord();
        record.fileName = fileName;
        record.action = Action.MIGRATE;
        record.definitionId = definitionId;
        record.definitionVersion = targetVersion;
        record.sourceVersion = sourceVersion;
        record.batchId = batchId;
        record.instances = instances;
        record.actor = actor;
        record.at = at;
        return record;
    }

    String getFileName() { return fileName; }
    Action getAction() { return action; }
    String getDeploymentId() { return deploymentId; }
    String getDefinitionId() { return definitionId; }
    Integer getDefinitionVersion() { return definitionVersion; }
    Integer getSourceVersion() { return sourceVersion; }
    String getBatchId() { return batchId; }
    Integer getInstances() { return instances; }
    String getComment() { return comment; }
    String getActor() { return actor; }
    Instant getAt() { return at; }
}
