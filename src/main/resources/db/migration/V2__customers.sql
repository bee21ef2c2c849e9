-- Customer profiles, contacts, contact records (timeline), ownership history and pool claims (DOMAIN.md §2).
create table sf_customer (
    id                 bigint auto_increment primary key,
    type               varchar(10)   not null,
    name               varchar(200)  not null,
    name_key           varchar(200)  not null,
    phone              varchar(40)   null,
    phone_key          varchar(40)   null,
    email              varchar(200)  null,
    website            varchar(200)  null,
    industry           varchar(80)   null,
    region             varchar(80)   null,
    address            varchar(300)  null,
    birthday           date          null,
    source             varchar(30)   not null,
    owner              varchar(60)   null,
    grade              varchar(12)   not null,
    rfm_tier           varchar(1)    null,
    lifecycle          varchar(12)   not null,
    credit_rating      varchar(1)    null,
    credit_limit       decimal(15,2) null,
    payment_term_days  int           null,
    preferred_channel  varchar(12)   null,
    preferred_time     varchar(100)  null,
    background         varchar(2000) null,
    preferences        varchar(2000) null,
    needs              varchar(2000) null,
    concerns           varchar(2000) null,
    last_follow_up_at  timestamp     null,
    next_follow_up_at  date          null,
    owned_since        timestamp     null,
    created_at         timestamp     not null,
    created_by         varchar(60)   not null,
    version            bigint        not null default 0
);
create index ix_customer_owner on sf_customer (owner);
create index ix_customer_name_key on sf_customer (name_key);
create index ix_customer_phone_key on sf_customer (phone_key);
create index ix_customer_email on sf_customer (email);
create index ix_customer_next_follow_up on sf_customer (next_follow_up_at);

create table sf_customer_tag (
    customer_id bigint      not null,
    tag         varchar(40) not null,
    primary key (customer_id, tag),
    constraint fk_customer_tag_customer foreign key (customer_id) references sf_customer (id) on delete cascade
);
create index ix_customer_tag_tag on sf_customer_tag (tag);

create table sf_contact (
    id            bigint auto_increment primary key,
    customer_id   bigint       not null,
    name          varchar(120) not null,
    title         varchar(120) null,
    phone         varchar(40)  null,
    email         varchar(200) null,
    birthday      date         null,
    decision_role varchar(40)  null,
    version       bigint       not null default 0,
    constraint fk_contact_customer foreign key (customer_id) references sf_customer (id) on delete cascade
);
create index ix_contact_customer on sf_contact (customer_id);
create index ix_contact_name on sf_contact (name);

create table sf_contact_record (
    id                 bigint auto_increment primary key,
    customer_id        bigint        not null,
    contact_id         bigint        null,
    channel            varchar(12)   not null,
    happened_at        timestamp     not null,
    author             varchar(60)   not null,
    summary            varchar(2000) not null,
    outcome            varchar(1000) null,
    objection_type     varchar(12)   null,
    objection_handling varchar(1000) null,
    next_follow_up_at  date          null,
    constraint fk_contact_record_customer foreign key (customer_id) references sf_customer (id) on delete cascade,
    constraint fk_contact_record_contact foreign key (contact_id) references sf_contact (id) on delete set null
);
create index ix_contact_record_customer on sf_contact_record (customer_id, happened_at);

create table sf_ownership_change (
    id          bigint auto_increment primary key,
    customer_id bigint       not null,
    changed_at  timestamp    not null,
    from_owner  varchar(60)  null,
    to_owner    varchar(60)  null,
    changed_by  varchar(60)  not null,
    reason      varchar(12)  not null,
    comment     varchar(500) null,
    constraint fk_ownership_change_customer foreign key (customer_id) references sf_customer (id) on delete cascade
);
create index ix_ownership_change_customer on sf_ownership_change (customer_id, changed_at);
create index ix_ownership_change_claims on sf_ownership_change (to_owner, reason, changed_at);
