-- Opportunities (商机): opened by qualified leads; stages, quotes and the pipeline come with issue 7.
create table sf_opportunity (
    id             bigint auto_increment primary key,
    customer_id    bigint        not null,
    name           varchar(200)  not null,
    stage          varchar(20)   not null,
    amount         decimal(15,2) null,
    currency       varchar(3)    not null,
    probability    int           not null,
    expected_close date          null,
    owner          varchar(60)   null,
    lead_id        bigint        null,
    created_at     timestamp     not null,
    created_by     varchar(60)   not null,
    version        bigint        not null default 0,
    constraint fk_opportunity_customer foreign key (customer_id) references sf_customer (id)
);
create index ix_opportunity_customer on sf_opportunity (customer_id);
create index ix_opportunity_owner_stage on sf_opportunity (owner, stage);
