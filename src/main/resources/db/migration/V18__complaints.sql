-- Complaints (客户投诉, issue 10). A complaint keeps its number (TS-2026-00001); owner is the customer's owner when
-- it was registered (whose data scope it belongs to, null for a customer in the pool). sla_due_at comes from the
-- complaint-sla table; resolve_minutes counts from registration to the last resolution. Timestamps have no
-- defaults: the application sets them.
create table sf_complaint (
    id                  bigint auto_increment primary key,
    number              varchar(20)   not null,
    customer_id         bigint        not null,
    owner               varchar(60)   null,
    contract_id         bigint        null,
    revisit_id          bigint        null,
    category            varchar(30)   not null,
    severity            varchar(20)   not null,
    channel             varchar(20)   not null,
    description         varchar(4000) not null,
    status              varchar(20)   not null,
    assignee            varchar(60)   null,
    sla_hours           int           null,
    sla_due_at          timestamp     null,
    resolution          varchar(4000) null,
    root_cause          varchar(1000) null,
    resolved_at         timestamp     null,
    resolved_by         varchar(60)   null,
    resolve_minutes     bigint        null,
    confirmed_at        timestamp     null,
    reopen_count        int           not null,
    escalated           boolean       not null,
    escalated_at        timestamp     null,
    process_instance_id varchar(64)   null,
    registered_at       timestamp     not null,
    registered_by       varchar(60)   not null,
    updated_at          timestamp     not null,
    version             bigint        not null default 0,
    constraint uk_complaint_number unique (number)
);
create index ix_complaint_owner_registered on sf_complaint (owner, registered_at);
create index ix_complaint_status_due on sf_complaint (status, sla_due_at);
create index ix_complaint_customer on sf_complaint (customer_id);

create table sf_complaint_trail (
    id           bigint auto_increment primary key,
    complaint_id bigint        not null,
    action       varchar(20)   not null,
    actor        varchar(60)   not null,
    at           timestamp     not null,
    comment      varchar(2000) null,
    constraint fk_complaint_trail_complaint foreign key (complaint_id) references sf_complaint (id)
);
create index ix_complaint_trail_complaint on sf_complaint_trail (complaint_id);
