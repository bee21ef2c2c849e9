-- Post-sale revisits (售后回访) and care greetings (客户关怀, issue 10). A revisit belongs to a customer and, when it
-- comes from a delivered order, to that order's series (seq 1, 2, ...); revisits of customers without orders have no
-- order. Timestamps have no defaults: the application sets them.
create table sf_revisit (
    id                  bigint auto_increment primary key,
    customer_id         bigint        not null,
    order_id            bigint        null,
    order_number        varchar(20)   null,
    contract_id         bigint        null,
    seq                 int           not null,
    -- Nullable timestamps first: MariaDB without explicit_defaults_for_timestamp gives the first TIMESTAMP NOT NULL
    -- column an ON UPDATE CURRENT_TIMESTAMP.
    completed_at        timestamp     null,
    series_start        timestamp     not null,
    due_at              timestamp     not null,
    status              varchar(10)   not null,
    grade               varchar(12)   null,
    -- The customer's owner when the revisit was planned: a candidate for the task besides the service group.
    assignee            varchar(60)   not null,
    satisfaction        int           null,
    feedback            varchar(2000) null,
    new_needs           varchar(2000) null,
    objection_type      varchar(12)   null,
    objection_note      varchar(1000) null,
    complaint_id        bigint        null,
    process_instance_id varchar(64)   null,
    completed_by        varchar(60)   null,
    created_at          timestamp     not null,
    version             bigint        not null
);
-- One series per order: a second OrderDelivered for the same order finds seq 1 taken.
create unique index ux_revisit_order_seq on sf_revisit (order_id, seq);
create index ix_revisit_customer on sf_revisit (customer_id, due_at);
create index ix_revisit_status_due on sf_revisit (status, due_at);

-- Greeting texts per occasion and language; {name}, {company} and {occasion} are replaced.
create table sf_greeting_template (
    id        bigint auto_increment primary key,
    occasion  varchar(20)   not null,
    language  varchar(5)    not null,
    body      varchar(1000) not null,
    version   bigint        not null,
    constraint ux_greeting_template unique (occasion, language)
);

-- One greeting per recipient, occasion and year, so a job that runs twice creates no second task. contact_key is the
-- contact's id, or 0 when the greeting goes to the customer itself (a person, or a company without contacts).
create table sf_greeting (
    id              bigint auto_increment primary key,
    customer_id     bigint        not null,
    contact_key     bigint        not null,
    occasion        varchar(20)   not null,
    occasion_year   int           not null,
    occasion_date   date          not null,
    recipient_name  varchar(200)  not null,
    owner           varchar(60)   not null,
    language        varchar(5)    not null,
    body            varchar(1000) not null,
    status          varchar(10)   not null,
    done_at         timestamp     null,
    created_at      timestamp     not null,
    constraint ux_greeting_once unique (customer_id, contact_key, occasion, occasion_year)
);
create index ix_greeting_owner on sf_greeting (owner, occasion_date);

insert into sf_greeting_template (occasion, language, body, version) values
 ('BIRTHDAY', 'en', 'Dear {name}, all of us at Salesflow wish you a happy birthday and a wonderful year ahead!', 0),
 ('BIRTHDAY', 'zh', '{name}您好，祝您生日快乐，新的一岁万事如意！', 0),
 ('SPRING_FESTIVAL', 'en', 'Dear {name}, happy {occasion}! Thank you for working with us; best wishes to everyone at {company} for the new year.', 0),
 ('SPRING_FESTIVAL', 'zh', '{name}您好，值此{occasion}之际，感谢您一直以来的支持，恭祝{company}新春大吉、万事兴隆！', 0),
 ('MID_AUTUMN', 'en', 'Dear {name}, happy {occasion}! We wish you and your family a joyful reunion.', 0),
 ('MID_AUTUMN', 'zh', '{name}您好，{occasion}快乐！祝您和家人花好月圆，阖家幸福！', 0),
 ('NATIONAL_DAY', 'en', 'Dear {name}, best wishes for the {occasion} holiday from all of us at Salesflow.', 0),
 ('NATIONAL_DAY', 'zh', '{name}您好，{occasion}快乐！祝您假期愉快，{company}事业蒸蒸日上！', 0),
 ('NEW_YEAR', 'en', 'Dear {name}, happy {occasion}! Thank you for a good year together with {company}.', 0),
 ('NEW_YEAR', 'zh', '{name}您好，{occasion}快乐！感谢{company}一年来的信任与支持，新年万事如意！', 0);
