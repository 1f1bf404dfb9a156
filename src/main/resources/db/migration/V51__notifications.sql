-- Inbox, e-mail settings and the mail outbox (issue 22). Work done once per cluster uses ShedLock's table (V40).

create table notification (
    id           bigint        not null auto_increment,
    recipient    varchar(60)   not null,
    kind         varchar(30)   not null,
    event_key    varchar(200)  not null,
    region_code  varchar(13),
    link         varchar(200)  not null,
    args         varchar(2000) not null,
    created_at   datetime(6)   not null,
    read_at      datetime(6),
    mail_state   varchar(10)   not null,
    constraint pk_notification primary key (id),
    constraint uq_notification_event unique (recipient, event_key)
);
create index ix_notification_recipient on notification (recipient, read_at, created_at);
create index ix_notification_mail on notification (mail_state, recipient);

create table notification_setting (
    username      varchar(60)  not null,
    email         varchar(200),
    digest_hour   int          not null,
    link_key      varchar(64)  not null,
    version       bigint       not null,
    constraint pk_notification_setting primary key (username)
);

create table notification_preference (
    username  varchar(60) not null,
    kind      varchar(30) not null,
    mode      varchar(10) not null,
    constraint pk_notification_preference primary key (username, kind)
);

create table mail_outbox (
    id               bigint        not null auto_increment,
    dedup_key        varchar(200)  not null,
    recipient        varchar(60)   not null,
    address          varchar(200)  not null,
    kind             varchar(30),
    locale           varchar(10)   not null,
    subject          varchar(300)  not null,
    state            varchar(10)   not null,
    attempts         int           not null,
    next_attempt_at  datetime(6),
    last_error       varchar(1000),
    created_at       datetime(6)   not null,
    sent_at          datetime(6),
    version          bigint        not null,
    constraint pk_mail_outbox primary key (id),
    constraint uq_mail_outbox_dedup unique (dedup_key)
);
create index ix_mail_outbox_due on mail_outbox (state, next_attempt_at);

create table mail_outbox_item (
    outbox_id        bigint not null,
    notification_id  bigint not null,
    constraint pk_mail_outbox_item primary key (outbox_id, notification_id),
    constraint fk_mail_outbox_item_outbox foreign key (outbox_id) references mail_outbox (id),
    constraint fk_mail_outbox_item_notification foreign key (notification_id) references notification (id)
);
