-- Process designer (issue 8): drafts of models saved in the browser, and who deployed, rolled back or migrated what.
-- The models themselves live in the engine's deployments; these tables hold what the engine does not know.

-- A draft per save, numbered per file (1, 2, 3, ...), never overwritten, so that a designer can go back.
create table sf_model_draft (
    id         bigint auto_increment primary key,
    file_name  varchar(120) not null,
    draft_no   int          not null,
    content    longtext     not null,
    author     varchar(64)  not null,
    saved_at   timestamp    not null,
    note       varchar(500) null,
    constraint uq_model_draft unique (file_name, draft_no)
);

-- One row per designer action on the engine: DEPLOY, ROLLBACK or MIGRATE (with the batch).
create table sf_model_audit (
    id                bigint auto_increment primary key,
    file_name         varchar(120)  not null,
    action            varchar(16)   not null,
    deployment_id     varchar(64)   null,
    definition_id     varchar(64)   null,
    definition_version int          null,
    source_version    int           null,
    batch_id          varchar(64)   null,
    instances         int           null,
    comment           varchar(1000) null,
    actor             varchar(64)   not null,
    at                timestamp     not null
);
create index ix_model_audit_file on sf_model_audit (file_name, at);
create index ix_model_audit_deployment on sf_model_audit (deployment_id);
