-- Customer classes (客户分类, issue 10): RFM tier, lifecycle and grade suggestions computed from order history,
-- with runs, history, win-back and replenishment follow-ups.

-- A dropped customer (lost and not won back by the win-back deadline) gets no more effort: no revisits, greetings,
-- replenishment or new win-back.
alter table sf_customer add column dropped boolean default false not null;

-- One classification run. running_key is 'RUNNING' while it runs and null afterwards: the unique constraint keeps a
-- second run from starting, on this node or another.
create table sf_insight_run (
    id            bigint auto_increment primary key,
    trigger_kind  varchar(12)   not null,
    started_by    varchar(60)   not null,
    started_at    timestamp     not null,
    -- Classes written and follow-ups recorded; the tasks' processes start after this.
    classified_at timestamp     null,
    finished_at   timestamp     null,
    status        varchar(12)   not null,
    running_key   varchar(12)   null,
    total         int           not null,
    processed     int           not null,
    changed       int           not null,
    tasks_started int           not null,
    message       varchar(1000) null,
    constraint uk_insight_run_running unique (running_key)
);
create index ix_insight_run_started on sf_insight_run (started_at);

-- One row per customer per class that changed in a run (old -> new).
create table sf_customer_class_change (
    id          bigint auto_increment primary key,
    customer_id bigint      not null,
    run_id      bigint      null,
    kind        varchar(12) not null,
    old_value   varchar(12) null,
    new_value   varchar(12) null,
    changed_at  timestamp   not null
);
create index ix_class_change_customer on sf_customer_class_change (customer_id, id);
create index ix_class_change_run on sf_customer_class_change (run_id);

-- How many customers each class had at the end of a run: the trend chart reads this, not the change rows.
create table sf_class_count (
    run_id    bigint      not null,
    kind      varchar(12) not null,
    class_value varchar(12) not null,
    customers int         not null,
    constraint pk_class_count primary key (run_id, kind, class_value)
);

-- A grade the rules suggest that differs from the customer's; the owner's supervisor confirms or rejects it.
create table sf_grade_suggestion (
    id                  bigint auto_increment primary key,
    customer_id         bigint      not null,
    owner               varchar(60) not null,
    run_id              bigint      null,
    current_grade       varchar(12) not null,
    suggested_grade     varchar(12) not null,
    status              varchar(12) not null,
    process_instance_id varchar(64) null,
    created_at          timestamp   not null,
    decided_by          varchar(60) null,
    decided_at          timestamp   null
);
create index ix_grade_suggestion_status on sf_grade_suggestion (status, customer_id);

-- A win-back attempt for a lost customer, with its deadline (挽回期限).
create table sf_win_back (
    id                  bigint auto_increment primary key,
    customer_id         bigint      not null,
    owner               varchar(60) not null,
    started_at          timestamp   not null,
    started_on          date        not null,
    deadline            date        not null,
    status              varchar(12) not null,
    process_instance_id varchar(64) null,
    ended_at            timestamp   null
);
create index ix_win_back_customer on sf_win_back (customer_id, status);

-- A proactive follow-up before a customer runs out of a product (the rice seller, DOMAIN.md §5.4). One per customer,
-- product and predicted date: a closed task is not created again for the same prediction.
create table sf_replenishment (
    id                  bigint auto_increment primary key,
    customer_id         bigint        not null,
    product_id          bigint        not null,
    product_name        varchar(200)  not null,
    owner               varchar(60)   not null,
    purchase_days       int           not null,
    last_purchase       date          not null,
    mean_interval_days  decimal(9,1)  not null,
    next_date           date          not null,
    status              varchar(12)   not null,
    process_instance_id varchar(64)   null,
    created_at          timestamp     not null,
    closed_at           timestamp     null,
    constraint uk_replenishment_prediction unique (customer_id, product_id, next_date)
);
create index ix_replenishment_status_next on sf_replenishment (status, next_date);
