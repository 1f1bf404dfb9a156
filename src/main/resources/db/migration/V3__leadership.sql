-- Heads of region: who leads each region (elected head or Pj, Pjs, Plt, Plh), the quarterly reports a Pj
-- owes and the Inspectorate General's evaluation of each report. Common SQL for H2 (MODE=MySQL), MySQL 8
-- and MariaDB 10.11.

create table head_tenure (
    id                 bigint       not null auto_increment,
    region_code        varchar(13)  not null,
    -- Equals region_code while the tenure is active and is null once it ended: the unique constraint on
    -- it lets the database itself refuse a second active tenure in a region (nulls never collide).
    active_region_code varchar(13),
    status             varchar(12)  not null,
    person_name        varchar(120) not null,
    nip                varchar(18),
    origin_position    varchar(150),
    origin_institution varchar(150),
    echelon            varchar(12),
    legal_basis        varchar(12),
    decree_number      varchar(100),
    sworn_in_on        date         not null,
    term_started_on    date         not null,
    term_ends_on       date,
    extension_count    int          not null,
    ended_on           date,
    end_reason         varchar(30),
    last_category      varchar(10),
    last_band          varchar(10),
    demo               boolean      not null,
    updated_at         datetime(6)  not null,
    updated_by         varchar(60)  not null,
    version            bigint       not null,
    constraint pk_head_tenure primary key (id),
    constraint fk_head_tenure_region foreign key (region_code) references region (code),
    constraint uq_head_tenure_active unique (active_region_code)
);
create index ix_head_tenure_region on head_tenure (region_code, sworn_in_on);
create index ix_head_tenure_term_end on head_tenure (term_ends_on);

-- One row per quarterly report a Pj owes, laid out from the swearing-in date when the tenure starts
-- (and again when it is extended or ended); sent_on stays null until the report arrives.
create table pj_report (
    id            bigint       not null auto_increment,
    tenure_id     bigint       not null,
    region_code   varchar(13)  not null,
    period_number int          not null,
    period_start  date         not null,
    due_on        date         not null,
    sent_on       date,
    document_ref  varchar(300),
    demo          boolean      not null,
    updated_at    datetime(6)  not null,
    updated_by    varchar(60)  not null,
    version       bigint       not null,
    constraint pk_pj_report primary key (id),
    constraint fk_pj_report_tenure foreign key (tenure_id) references head_tenure (id),
    constraint uq_pj_report_period unique (tenure_id, period_number)
);
create index ix_pj_report_due on pj_report (due_on, sent_on);
create index ix_pj_report_region on pj_report (region_code);

-- Master data an administrator edits: the indicators of the quarterly evaluation, per aspect.
create table evaluation_indicator (
    id         bigint       not null auto_increment,
    aspect     varchar(20)  not null,
    name       varchar(200) not null,
    sort_order int          not null,
    active     boolean      not null,
    version    bigint       not null,
    constraint pk_evaluation_indicator primary key (id),
    constraint uq_evaluation_indicator_name unique (name)
);

insert into evaluation_indicator (aspect, name, sort_order, active, version) values
    ('PEMERINTAHAN',   'Kualitas pelayanan publik', 10, true, 0),
    ('PEMERINTAHAN',   'Dukungan anggaran penyelenggaraan Pilkada (NPHD)', 20, true, 0),
    ('PEMERINTAHAN',   'Realisasi APBD', 30, true, 0),
    ('PEMBANGUNAN',    'Pengendalian inflasi daerah', 40, true, 0),
    ('PEMBANGUNAN',    'Penanggulangan kemiskinan', 50, true, 0),
    ('PEMBANGUNAN',    'Percepatan penurunan stunting', 60, true, 0),
    ('KEMASYARAKATAN', 'Ketenteraman dan ketertiban umum', 70, true, 0),
    ('KEMASYARAKATAN', 'Penanganan pengaduan masyarakat', 80, true, 0);

-- One evaluation per report. Category and band are stored as decided at the time, with the counts
-- they were decided from, so that grids filter on them in one query.
create table pj_evaluation (
    id               bigint        not null auto_increment,
    report_id        bigint        not null,
    tenure_id        bigint        not null,
    region_code      varchar(13)   not null,
    indicators_total int           not null,
    indicators_met   int           not null,
    category         varchar(10)   not null,
    neutrality_score int           not null,
    neutrality_band  varchar(10)   not null,
    recommendation   varchar(30)   not null,
    note             varchar(1000),
    demo             boolean       not null,
    updated_at       datetime(6)   not null,
    updated_by       varchar(60)   not null,
    version          bigint        not null,
    constraint pk_pj_evaluation primary key (id),
    constraint fk_pj_evaluation_report foreign key (report_id) references pj_report (id),
    constraint fk_pj_evaluation_tenure foreign key (tenure_id) references head_tenure (id),
    constraint uq_pj_evaluation_report unique (report_id)
);
create index ix_pj_evaluation_tenure on pj_evaluation (tenure_id);

create table pj_evaluation_score (
    evaluation_id bigint not null,
    indicator_id  bigint not null,
    score         int    not null,
    constraint pk_pj_evaluation_score primary key (evaluation_id, indicator_id),
    constraint fk_score_evaluation foreign key (evaluation_id) references pj_evaluation (id),
    constraint fk_score_indicator foreign key (indicator_id) references evaluation_indicator (id)
);
