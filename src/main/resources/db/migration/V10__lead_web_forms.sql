-- Web forms (web-to-lead, decision 0006): one row per web site or integration that may post leads to
-- /api/public/leads with its own API key. Only the key's SHA-256 is stored (keys are 256-bit random, so a plain
-- hash is enough); the prefix lets an administrator tell keys apart without seeing them.
create table sf_web_form (
    id              bigint auto_increment primary key,
    name            varchar(50)   not null,
    source          varchar(30)   not null,
    allowed_origins varchar(2000) null,
    thank_you_url   varchar(500)  null,
    enabled         boolean       not null default true,
    key_hash        char(64)      not null,
    key_prefix      varchar(20)   not null,
    key_issued_at   timestamp     not null,
    created_by      varchar(60)   not null,
    created_at      timestamp     not null,
    last_used_at    timestamp     null,
    revoked_at      timestamp     null,
    revoked_by      varchar(60)   null,
    version         bigint        not null default 0,
    constraint uk_web_form_name unique (name),
    constraint uk_web_form_key_hash unique (key_hash)
);
