-- Coordination meetings (Rakor and the like) and the follow-up items they give to regions.

create table meeting (
    id               bigint        not null auto_increment,
    meeting_type     varchar(30)   not null,
    title            varchar(200)  not null,
    meeting_date     date          not null,
    organiser        varchar(150)  not null,
    place            varchar(200)  not null,
    online           boolean       not null,
    minutes          varchar(8000) not null,
    minutes_name     varchar(130),
    minutes_type     varchar(40),
    minutes_size     bigint,
    minutes_sha256   varchar(64),
    demo             boolean       not null,
    created_at       datetime(6)   not null,
    created_by       varchar(60)   not null,
    updated_at       datetime(6)   not null,
    updated_by       varchar(60)   not null,
    version          bigint        not null,
    constraint pk_meeting primary key (id)
);
create index ix_meeting_date on meeting (meeting_date);

create table meeting_region (
    meeting_id  bigint      not null,
    region_code varchar(13) not null,
    constraint pk_meeting_region primary key (meeting_id, region_code),
    constraint fk_meeting_region_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_meeting_region_region foreign key (region_code) references region (code)
);
create index ix_meeting_region_region on meeting_region (region_code);

create table followup_item (
    id                bigint        not null auto_increment,
    meeting_id        bigint        not null,
    region_code       varchar(13)   not null,
    province_code     varchar(2)    not null,
    description       varchar(500)  not null,
    responsible_unit  varchar(20)   not null,
    responsible_other varchar(100),
    deadline          date          not null,
    status            varchar(10)   not null,
    note              varchar(1000) not null,
    evidence_link     varchar(500),
    evidence_name     varchar(130),
    evidence_type     varchar(40),
    evidence_size     bigint,
    evidence_sha256   varchar(64),
    closed_at         datetime(6),
    closed_by         varchar(60),
    demo              boolean       not null,
    updated_at        datetime(6)   not null,
    updated_by        varchar(60)   not null,
    version           bigint        not null,
    constraint pk_followup_item primary key (id),
    constraint fk_followup_meeting foreign key (meeting_id) references meeting (id),
    constraint fk_followup_region foreign key (region_code) references region (code)
);
create index ix_followup_meeting on followup_item (meeting_id, region_code);
create index ix_followup_region on followup_item (region_code, status, deadline);
create index ix_followup_province on followup_item (province_code, status, deadline);
