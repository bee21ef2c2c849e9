-- Leads (线索) and their qualification (DOMAIN.md §5.1). The process instance keeps the steps; this row keeps what
-- the lead list filters on and what the lead page explains (score reasons, routing, outcome).
create table sf_lead (
    id                  bigint auto_increment primary key,
    person_name         varchar(120)  null,
    company             varchar(200)  null,
    company_key         varchar(200)  null,
    phone               varchar(40)   null,
    phone_key           varchar(40)   null,
    email               varchar(200)  null,
    source              varchar(30)   not null,
    industry            varchar(80)   null,
    region              varchar(80)   null,
    company_size        varchar(12)   null,
    engagement          varchar(12)   not null,
    need                varchar(2000) null,
    notes               varchar(4000) null,
    status              varchar(12)   not null,
    score               int           null,
    rating              varchar(8)    null,
    score_reasons       varchar(4000) null,
    team                varchar(60)   null,
    routing_reason      varchar(300)  null,
    owner               varchar(60)   null,
    assigned_at         timestamp     null,
    customer_id         bigint        null,
    matched_on          varchar(10)   null,
    opportunity_id      bigint        null,
    duplicate_of        bigint        null,
    process_instance_id varchar(64)   null,
    reject_reason       varchar(30)   null,
    outcome_note        varchar(2000) null,
    nurture_until       date          null,
    escalated_at        timestamp     null,
    created_at          timestamp     not null,
    created_by          varchar(60)   not null,
    closed_at           timestamp     null,
    version             bigint        not null default 0
);
create index ix_lead_status_created on sf_lead (status, created_at);
create index ix_lead_owner_status on sf_lead (owner, status);
create index ix_lead_phone_key on sf_lead (phone_key);
create index ix_lead_email on sf_lead (email);
create index ix_lead_company_key on sf_lead (company_key);
