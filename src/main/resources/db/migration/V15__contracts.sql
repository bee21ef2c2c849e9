-- Contracts and orders (合同与订单, issue 9). A contract is drafted from an accepted quote and keeps its number
-- (HT-2026-00001) through amendments; version_no counts the approved-again versions from 1. Money is decimal(15,2)
-- in the contract's currency. Timestamps have no defaults: the application sets them.
create table sf_contract (
    id                  bigint auto_increment primary key,
    number              varchar(20)   not null,
    version_no          int           not null,
    quote_id            bigint        not null,
    quote_number        varchar(20)   not null,
    opportunity_id      bigint        not null,
    customer_id         bigint        not null,
    owner               varchar(60)   not null,
    status              varchar(20)   not null,
    currency            varchar(3)    not null,
    language            varchar(10)   not null,
    -- The quote's discount over all lines, applied again when an amendment reprices a line.
    header_discount_percent decimal(7,3) not null,
    net                 decimal(15,2) not null,
    tax                 decimal(15,2) not null,
    total               decimal(15,2) not null,
    payment_terms_days  int           not null,
    terms               varchar(4000) null,
    -- Declared deviations from the standard terms, comma-separated DeviationType names, and what they are.
    deviations          varchar(300)  null,
    deviation_note      varchar(2000) null,
    credit_decision     varchar(20)   null,
    prepayment_percent  decimal(5,2)  null,
    credit_reason       varchar(300)  null,
    approver_level      varchar(20)   null,
    process_instance_id varchar(64)   null,
    submitted_at        timestamp     null,
    approved_at         timestamp     null,
    signed_on           date          null,
    signed_at           timestamp     null,
    signed_by           varchar(60)   null,
    signed_copy_name    varchar(200)  null,
    signed_copy_type    varchar(100)  null,
    signed_copy_size    bigint        null,
    cancel_reason       varchar(30)   null,
    cancel_note         varchar(1000) null,
    closed_at           timestamp     null,
    created_at          timestamp     not null,
    created_by          varchar(60)   not null,
    updated_at          timestamp     not null,
    updated_by          varchar(60)   not null,
    version             bigint        not null default 0,
    constraint uk_contract_number unique (number),
    constraint uk_contract_quote unique (quote_id),
    constraint fk_contract_quote foreign key (quote_id) references sf_quote (id)
);
create index ix_contract_owner_updated on sf_contract (owner, updated_at);
create index ix_contract_status_updated on sf_contract (status, updated_at);
create index ix_contract_customer on sf_contract (customer_id);

-- Lines copied from the quote as priced; delivered counts what the order's deliveries have shipped.
create table sf_contract_line (
    contract_id      bigint        not null,
    position         int           not null,
    product_id       bigint        not null,
    product_code     varchar(40)   not null,
    product_name_en  varchar(200)  not null,
    product_name_zh  varchar(200)  not null,
    unit             varchar(20)   not null,
    quantity         decimal(15,3) not null,
    unit_price       decimal(15,2) not null,
    discount_percent decimal(7,3)  not null,
    tax_rate         decimal(5,4)  not null,
    net              decimal(15,2) not null,
    tax              decimal(15,2) not null,
    delivered        decimal(15,3) not null,
    constraint pk_contract_line primary key (contract_id, position),
    constraint fk_contract_line_contract foreign key (contract_id) references sf_contract (id)
);

-- The signed copy, apart from the contract row so that lists never read it.
create table sf_contract_file (
    contract_id bigint     primary key,
    content     mediumblob not null,
    constraint fk_contract_file_contract foreign key (contract_id) references sf_contract (id)
);

-- Who did what when (审批记录), per contract version.
create table sf_contract_trail (
    id          bigint auto_increment primary key,
    contract_id bigint        not null,
    version_no  int           not null,
    action      varchar(30)   not null,
    level       varchar(20)   null,
    actor       varchar(60)   null,
    at          timestamp     not null,
    comment     varchar(2000) null,
    constraint fk_contract_trail_contract foreign key (contract_id) references sf_contract (id)
);
create index ix_contract_trail_contract on sf_contract_trail (contract_id, id);

-- The order (订单) a signed contract creates, and its deliveries, partial or whole.
create table sf_order (
    id           bigint auto_increment primary key,
    number       varchar(20) not null,
    contract_id  bigint      not null,
    status       varchar(20) not null,
    created_at   timestamp   not null,
    delivered_at timestamp   null,
    version      bigint      not null default 0,
    constraint uk_order_number unique (number),
    constraint uk_order_contract unique (contract_id),
    constraint fk_order_contract foreign key (contract_id) references sf_contract (id)
);

create table sf_delivery (
    id           bigint auto_increment primary key,
    order_id     bigint        not null,
    delivered_on date          not null,
    note         varchar(1000) null,
    recorded_by  varchar(60)   not null,
    recorded_at  timestamp     not null,
    constraint fk_delivery_order foreign key (order_id) references sf_order (id)
);
create index ix_delivery_order on sf_delivery (order_id);

create table sf_delivery_line (
    delivery_id bigint        not null,
    position    int           not null,
    quantity    decimal(15,3) not null,
    constraint pk_delivery_line primary key (delivery_id, position),
    constraint fk_delivery_line_delivery foreign key (delivery_id) references sf_delivery (id)
);

-- The payment plan (回款计划). customer_id, owner and currency are copied from the contract so that the receivables
-- aging reads this table alone.
create table sf_instalment (
    id          bigint auto_increment primary key,
    contract_id bigint        not null,
    seq         int           not null,
    due_date    date          not null,
    amount      decimal(15,2) not null,
    paid        decimal(15,2) not null,
    status      varchar(20)   not null,
    prepayment  boolean       not null,
    customer_id bigint        not null,
    owner       varchar(60)   not null,
    currency    varchar(3)    not null,
    paid_at     timestamp     null,
    version     bigint        not null default 0,
    constraint uk_instalment_seq unique (contract_id, seq),
    constraint fk_instalment_contract foreign key (contract_id) references sf_contract (id)
);
create index ix_instalment_status_due on sf_instalment (status, due_date);
create index ix_instalment_owner_status on sf_instalment (owner, status, due_date);
create index ix_instalment_customer on sf_instalment (customer_id, status);

-- Payments (回款) against instalments. The reference (bank transaction, receipt number) is unique: recording the
-- same payment twice returns the first.
create table sf_payment (
    id             bigint auto_increment primary key,
    contract_id    bigint        not null,
    instalment_id  bigint        not null,
    amount         decimal(15,2) not null,
    received_on    date          not null,
    reference      varchar(60)   not null,
    note           varchar(1000) null,
    recorded_by    varchar(60)   not null,
    recorded_at    timestamp     not null,
    constraint uk_payment_reference unique (reference),
    constraint fk_payment_contract foreign key (contract_id) references sf_contract (id),
    constraint fk_payment_instalment foreign key (instalment_id) references sf_instalment (id)
);
create index ix_payment_contract on sf_payment (contract_id);
