-- One script for H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11: keep to their common SQL.

create table region (
    code          varchar(13)  not null,
    name          varchar(120) not null,
    region_level  varchar(12)  not null,
    province_code varchar(2)   not null,
    constraint pk_region primary key (code)
);
create index ix_region_province on region (province_code);
create index ix_region_name on region (name);

create table election_cycle (
    id            bigint       not null,
    name          varchar(120) not null,
    vote_date     date         not null,
    current_cycle boolean      not null,
    constraint pk_election_cycle primary key (id)
);

-- Regions that do not hold a Pilkada in a cycle, by region or by whole province. The rule is data.
create table election_cycle_exclusion (
    cycle_id    bigint       not null,
    region_code varchar(13)  not null,
    reason      varchar(200) not null,
    constraint pk_election_cycle_exclusion primary key (cycle_id, region_code),
    constraint fk_exclusion_cycle foreign key (cycle_id) references election_cycle (id)
);

-- Materialised from the exclusions when the reference data loads: one row per cycle and region.
create table election_cycle_region (
    cycle_id      bigint      not null,
    region_code   varchar(13) not null,
    holds_pilkada boolean     not null,
    constraint pk_election_cycle_region primary key (cycle_id, region_code),
    constraint fk_ecr_cycle foreign key (cycle_id) references election_cycle (id),
    constraint fk_ecr_region foreign key (region_code) references region (code)
);
create index ix_ecr_region on election_cycle_region (region_code);

create table app_user (
    id              bigint       not null auto_increment,
    username        varchar(60)  not null,
    full_name       varchar(120) not null,
    password_hash   varchar(100) not null,
    role            varchar(20)  not null,
    province_code   varchar(2),
    enabled         boolean      not null,
    locale          varchar(10)  not null,
    failed_attempts int          not null,
    locked_until    datetime(6),
    created_at      datetime(6)  not null,
    version         bigint       not null,
    constraint pk_app_user primary key (id),
    constraint uq_app_user_username unique (username)
);

create table login_event (
    id             bigint       not null auto_increment,
    occurred_at    datetime(6)  not null,
    username       varchar(60)  not null,
    success        boolean      not null,
    detail         varchar(60)  not null,
    remote_address varchar(64),
    constraint pk_login_event primary key (id)
);
create index ix_login_event_user on login_event (username, occurred_at);

create table desk_contact (
    region_code varchar(13)  not null,
    name        varchar(100) not null,
    position    varchar(100) not null,
    unit        varchar(100) not null,
    phone       varchar(20)  not null,
    email       varchar(120) not null,
    demo        boolean      not null,
    updated_at  datetime(6)  not null,
    updated_by  varchar(60)  not null,
    version     bigint       not null,
    constraint pk_desk_contact primary key (region_code),
    constraint fk_desk_contact_region foreign key (region_code) references region (code)
);

create table audit_record (
    id          bigint        not null auto_increment,
    occurred_at datetime(6)   not null,
    actor       varchar(60)   not null,
    entity_type varchar(40)   not null,
    entity_id   varchar(60)   not null,
    region_code varchar(13),
    action      varchar(20)   not null,
    field       varchar(60)   not null,
    old_value   varchar(1000),
    new_value   varchar(1000),
    constraint pk_audit_record primary key (id)
);
create index ix_audit_entity on audit_record (entity_type, entity_id, occurred_at);
create index ix_audit_region on audit_record (region_code, occurred_at);
