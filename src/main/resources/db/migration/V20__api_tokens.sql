-- The read API (/api/v1): tokens that administrators issue to other systems, and the log of every call.
-- Common SQL of H2 (MODE=MySQL), MySQL 8 and MariaDB 10.11.

-- A token is shown once when issued; only its SHA-256 is kept (it has 256 random bits, so a plain hash
-- is enough: there is nothing to guess). The prefix identifies a token on screen and in the log.
create table api_token (
    id            bigint       not null auto_increment,
    name          varchar(80)  not null,
    token_hash    varchar(64)  not null,
    token_prefix  varchar(16)  not null,
    -- Comma-separated scope names (ApiScope): which resources the token reads.
    scopes        varchar(200) not null,
    -- Set: the token reads this province and its kabupaten/kota only.
    province_code varchar(2),
    expires_at    datetime(6)  not null,
    created_at    datetime(6)  not null,
    created_by    varchar(60)  not null,
    revoked_at    datetime(6),
    revoked_by    varchar(60),
    last_used_at  datetime(6),
    version       bigint       not null,
    constraint pk_api_token primary key (id),
    constraint uq_api_token_hash unique (token_hash)
);

-- One row per call, answered or refused (token_id is null when no valid token was named).
create table api_call (
    id             bigint       not null auto_increment,
    occurred_at    datetime(6)  not null,
    token_id       bigint,
    token_prefix   varchar(16),
    method         varchar(10)  not null,
    path           varchar(500) not null,
    status         int          not null,
    duration_ms    int          not null,
    remote_address varchar(64),
    constraint pk_api_call primary key (id),
    constraint fk_api_call_token foreign key (token_id) references api_token (id)
);
create index ix_api_call_time on api_call (occurred_at);
create index ix_api_call_token on api_call (token_id, occurred_at);
