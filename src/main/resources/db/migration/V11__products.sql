-- Product catalogue (产品目录) and price lists (价格表), issue 7. Money is decimal(15,2) in the row's currency;
-- a tax rate is a fraction (0.1300 = 13 % VAT). Codes are stored in upper case, so that uniqueness means the same on
-- H2 (case-sensitive) and MariaDB (case-insensitive collation). Timestamps have explicit defaults, so that MariaDB
-- never adds "on update current_timestamp" to the first one.
create table sf_product (
    id          bigint auto_increment primary key,
    code        varchar(40)   not null,
    name_en     varchar(200)  not null,
    name_zh     varchar(200)  not null,
    unit        varchar(20)   not null,
    list_price  decimal(15,2) not null,
    cost        decimal(15,2) not null,
    tax_rate    decimal(5,4)  not null,
    currency    varchar(3)    not null,
    active      boolean       not null default true,
    created_at  timestamp     not null default current_timestamp,
    created_by  varchar(60)   not null,
    updated_at  timestamp     not null default current_timestamp,
    updated_by  varchar(60)   not null,
    version     bigint        not null default 0,
    constraint uk_product_code unique (code)
);
create index ix_product_name_en on sf_product (name_en);
create index ix_product_name_zh on sf_product (name_zh);
create index ix_product_active_code on sf_product (active, code);

create table sf_price_list (
    id          bigint auto_increment primary key,
    name        varchar(100)  not null,
    currency    varchar(3)    not null,
    valid_from  date          not null,
    valid_to    date          null,
    active      boolean       not null default true,
    created_at  timestamp     not null default current_timestamp,
    created_by  varchar(60)   not null,
    updated_at  timestamp     not null default current_timestamp,
    updated_by  varchar(60)   not null,
    version     bigint        not null default 0,
    constraint uk_price_list_name unique (name)
);
create index ix_price_list_valid on sf_price_list (active, valid_from, valid_to);

create table sf_price_list_item (
    id             bigint auto_increment primary key,
    price_list_id  bigint        not null,
    product_id     bigint        not null,
    unit_price     decimal(15,2) not null,
    version        bigint        not null default 0,
    constraint uk_price_list_item unique (price_list_id, product_id),
    constraint fk_price_list_item_list foreign key (price_list_id) references sf_price_list (id),
    constraint fk_price_list_item_product foreign key (product_id) references sf_product (id)
);
create index ix_price_list_item_product on sf_price_list_item (product_id);
