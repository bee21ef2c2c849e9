-- Customer credit (信用, issue 9). The credit limit and payment terms are the customer's existing credit_limit and
-- payment_term_days (V2); a survey or finance sets them now, and who did so last is kept beside them.
alter table sf_customer add column credit_reviewed_at timestamp null;
alter table sf_customer add column credit_reviewed_by varchar(60) null;

-- Every credit survey (信用调查) with the rating and the suggestion the credit-rating table gave; never edited.
-- Answers and rating are A (best) to D.
create table sf_credit_survey (
    id                   bigint auto_increment primary key,
    customer_id          bigint        not null,
    net_assets           varchar(1)    not null,
    total_assets         varchar(1)    not null,
    prospects            varchar(1)    not null,
    payment_record       varchar(1)    not null,
    note                 varchar(1000) null,
    rating               varchar(1)    not null,
    suggested_limit      decimal(15,2) not null,
    suggested_terms_days int           not null,
    surveyed_by          varchar(60)   not null,
    surveyed_at          timestamp     not null,
    constraint fk_credit_survey_customer foreign key (customer_id) references sf_customer (id)
);
create index ix_credit_survey_customer on sf_credit_survey (customer_id, surveyed_at);
