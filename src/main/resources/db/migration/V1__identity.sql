-- Users, roles (= Camunda groups) and teams: the one source of identity for Spring Security and the engine.
create table sf_team (
    id            bigint auto_increment primary key,
    code          varchar(40)  not null,
    name          varchar(120) not null,
    supervisor_id bigint       null,
    version       bigint       not null default 0,
    constraint uk_team_code unique (code)
);

create table sf_user (
    id             bigint auto_increment primary key,
    username       varchar(60)  not null,
    display_name   varchar(120) not null,
    email          varchar(200) null,
    password_hash  varchar(200) not null,
    enabled        boolean      not null default true,
    locale         varchar(20)  null,
    team_id        bigint       null,
    failed_logins  int          not null default 0,
    locked_until   timestamp    null,
    last_login_at  timestamp    null,
    created_at     timestamp    not null,
    version        bigint       not null default 0,
    constraint uk_user_username unique (username),
    constraint fk_user_team foreign key (team_id) references sf_team (id)
);

create table sf_user_role (
    user_id bigint      not null,
    role    varchar(40) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references sf_user (id) on delete cascade
);

alter table sf_team add constraint fk_team_supervisor foreign key (supervisor_id) references sf_user (id);
