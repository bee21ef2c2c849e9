-- Quotes (报价, issue 7). One row per version: the versions of one opportunity's quote share its number
-- (QT-2026-00001) and count up from 1. Money is decimal(15,2) in the quote's currency, percentages decimal(7,3)
-- (0-100), tax rates fractions as in sf_product. Lines and totals are stored as priced, so that later catalogue
-- changes do not alter a quote. Timestamps have no defaults: the application sets them.
create table sf_quote (
    id                      bigint auto_increment primary key,
    number                  varchar(20)   not null,
    version_no              int           not null,
    opportunity_id          bigint        not null,
    customer_id             bigint        not null,
    status                  varchar(20)   not null,
    price_list_id           bigint        not null,
    currency                varchar(3)    not null,
    language                varchar(10)   not null,
    header_discount_percent decimal(7,3)  not null,
    valid_until             date          not null,
    payment_terms_days      int           not null,
    terms                   varchar(2000) null,
    gross                   decimal(15,2) not null,
    lines_net               decimal(15,2) not null,
    header_discount         decimal(15,2) not null,
    net                     decimal(15,2) not null,
    tax                     decimal(15,2) not null,
    total                   decimal(15,2) not null,
    cost                    decimal(15,2) not null,
    margin                  decimal(15,2) not null,
    margin_percent          decimal(7,1)  not null,
    max_line_discount       decimal(7,3)  not null,
    total_discount_percent  decimal(7,1)  not null,
    owner                   varchar(60)   not null,
    latest                  boolean       not null,
    -- The approval levels still to decide while PENDING_APPROVAL, comma-separated (SUPERVISOR,DIRECTOR).
    approvals_pending       varchar(60)   null,
    process_instance_id     varchar(64)   null,
    submitted_at            timestamp     null,
    submitted_by            varchar(60)   null,
    sent_at                 timestamp     null,
    answered_at             timestamp     null,
    reject_reason           varchar(30)   null,
    reject_note             varchar(1000) null,
    created_at              timestamp     not null,
    created_by              varchar(60)   not null,
    updated_at              timestamp     not null,
    updated_by              varchar(60)   not null,
    version                 bigint        not null default 0,
    constraint uk_quote_number_version unique (number, version_no),
    constraint fk_quote_opportunity foreign key (opportunity_id) references sf_opportunity (id),
    constraint fk_quote_price_list foreign key (price_list_id) references sf_price_list (id)
);
create index ix_quote_opportunity on sf_quote (opportunity_id, version_no);
create index ix_quote_owner_updated on sf_quote (owner, updated_at);
create index ix_quote_status_updated on sf_quote (status, updated_at);
create index ix_quote_customer on sf_quote (customer_id);

create table sf_quote_line (
    id               bigint auto_increment primary key,
    quote_id         bigint        not null,
    position         int           not null,
    product_id       bigint        not null,
    product_code     varchar(40)   not null,
    product_name_en  varchar(200)  not null,
    product_name_zh  varchar(200)  not null,
    unit             varchar(20)   not null,
    quantity         decimal(15,3) not null,
    list_price       decimal(15,2) not null,
    unit_price       decimal(15,2) not null,
    discount_percent decimal(7,3)  not null,
    tax_rate         decimal(5,4)  not null,
    unit_cost        decimal(15,2) not null,
    gross            decimal(15,2) not null,
    net              decimal(15,2) not null,
    tax              decimal(15,2) not null,
    cost             decimal(15,2) not null,
    constraint uk_quote_line_position unique (quote_id, position),
    constraint fk_quote_line_quote foreign key (quote_id) references sf_quote (id)
);

-- The approval trail (审批记录) of every version of a quote.
create table sf_quote_trail (
    id         bigint auto_increment primary key,
    quote_id   bigint        not null,
    action     varchar(30)   not null,
    level      varchar(20)   null,
    actor      varchar(60)   null,
    at         timestamp     not null,
    comment    varchar(2000) null,
    rule       varchar(300)  null,
    rule_zh    varchar(300)  null,
    constraint fk_quote_trail_quote foreign key (quote_id) references sf_quote (id)
);
create index ix_quote_trail_quote on sf_quote_trail (quote_id, id);

-- Yearly document numbers (QT-2026-00001, later HT- for contracts): one row per prefix and year, incremented under
-- its row lock, so that two submits never take the same number.
create table sf_document_number (
    name       varchar(20) primary key,
    last_value bigint      not null
);
