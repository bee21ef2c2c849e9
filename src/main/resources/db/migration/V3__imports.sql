-- Customer imports run in the background; their progress and every rejected row are kept for the report.
create table sf_import_job (
    id             bigint auto_increment primary key,
    created_by     varchar(60)   not null,
    created_at     timestamp     not null,
    file_name      varchar(255)  not null,
    status         varchar(10)   not null,
    total_rows     int           not null default 0,
    processed_rows int           not null default 0,
    imported_rows  int           not null default 0,
    rejected_rows  int           not null default 0,
    finished_at    timestamp     null,
    message        varchar(1000) null
);

create table sf_import_rejection (
    id         bigint auto_increment primary key,
    job_id     bigint        not null,
    row_no     int           not null,
    field      varchar(60)   null,
    reason     varchar(1000) not null,
    constraint fk_import_rejection_job foreign key (job_id) references sf_import_job (id) on delete cascade
);
create index ix_import_rejection_job on sf_import_rejection (job_id, row_no);
