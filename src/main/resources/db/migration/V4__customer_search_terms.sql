-- Search terms of customers (docs/decisions/0003-customer-search.md): words of names, phone suffixes, e-mail
-- addresses, so that a search is an index range scan (term like 'x%'). Filled for existing customers by the
-- Java migration V5. No primary key: MySQL's case- and accent-insensitive collations would make two terms
-- that differ only in accents collide.
create table sf_customer_term (
    term        varchar(32) not null,
    customer_id bigint      not null,
    constraint fk_customer_term_customer foreign key (customer_id) references sf_customer (id) on delete cascade
);
create index ix_customer_term on sf_customer_term (term, customer_id);
create index ix_customer_term_customer on sf_customer_term (customer_id);

-- Sorting a page of a large list by name, and a salesperson's own customers or the pool by name.
create index ix_customer_name on sf_customer (name);
create index ix_customer_owner_name on sf_customer (owner, name);
