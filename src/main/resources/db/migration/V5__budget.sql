-- Budget support for the Pilkada: NPHD grants per region and recipient, their transfers, and the
-- national holidays that the working-day deadline of tranche I skips. Common SQL of H2 (MODE=MySQL),
-- MySQL 8 and MariaDB 10.11. Money is whole Rupiah in bigint: never a floating-point type.

-- One row per cycle, region holding a Pilkada and recipient (KPU, BAWASLU, TNI, POLRI), created at start
-- from the region feature. Region and province names are a copy kept in step at every start, so that the
-- budget grid pages with one query of its own.
create table nphd_grant (
    id                   bigint       not null auto_increment,
    cycle_id             bigint       not null,
    region_code          varchar(13)  not null,
    province_code        varchar(2)   not null,
    region_name          varchar(120) not null,
    province_name        varchar(120) not null,
    recipient            varchar(10)  not null,
    stage                varchar(20)  not null,
    scheme               varchar(10)  not null,
    proposed_amount      bigint,
    agreed_amount        bigint,
    nphd_number          varchar(100),
    signed_on            date,
    earlier_year_percent int          not null,
    tranche1_amount      bigint,
    tranche1_due         date,
    tranche2_amount      bigint,
    tranche2_due         date,
    disbursed_amount     bigint       not null,
    demo                 boolean      not null,
    updated_at           datetime(6),
    updated_by           varchar(60),
    version              bigint       not null,
    constraint pk_nphd_grant primary key (id),
    constraint uq_nphd_grant_slot unique (cycle_id, region_code, recipient),
    constraint fk_nphd_grant_cycle foreign key (cycle_id) references election_cycle (id),
    constraint fk_nphd_grant_region foreign key (region_code) references region (code),
    constraint ck_nphd_grant_amounts check (
        (proposed_amount is null or proposed_amount >= 0) and (agreed_amount is null or agreed_amount >= 0)
        and disbursed_amount >= 0 and earlier_year_percent between 0 and 100)
);
create index ix_nphd_grant_province on nphd_grant (cycle_id, province_code, recipient);
create index ix_nphd_grant_recipient on nphd_grant (cycle_id, recipient, stage);

create table nphd_transfer (
    id            bigint       not null auto_increment,
    grant_id      bigint       not null,
    tranche       int          not null,
    transfer_date date         not null,
    amount        bigint       not null,
    reference     varchar(100) not null,
    demo          boolean      not null,
    created_at    datetime(6)  not null,
    created_by    varchar(60)  not null,
    constraint pk_nphd_transfer primary key (id),
    constraint uq_nphd_transfer_reference unique (grant_id, reference),
    constraint fk_nphd_transfer_grant foreign key (grant_id) references nphd_grant (id),
    constraint ck_nphd_transfer_amount check (amount > 0 and tranche between 1 and 2)
);

-- Days on which government offices are closed: national holidays and collective leave (cuti bersama)
-- by the joint ministerial decree (SKB 3 Menteri), plus the voting days declared holidays. Data, not code:
-- a later year is a migration of its own.
create table national_holiday (
    holiday_date     date         not null,
    name             varchar(120) not null,
    collective_leave boolean      not null,
    constraint pk_national_holiday primary key (holiday_date)
);

insert into national_holiday (holiday_date, name, collective_leave) values
    ('2023-01-01', 'Tahun Baru 2023 Masehi', false),
    ('2023-01-22', 'Tahun Baru Imlek 2574 Kongzili', false),
    ('2023-01-23', 'Cuti bersama Tahun Baru Imlek', true),
    ('2023-02-18', 'Isra Mikraj Nabi Muhammad SAW', false),
    ('2023-03-22', 'Hari Suci Nyepi Tahun Baru Saka 1945', false),
    ('2023-03-23', 'Cuti bersama Hari Suci Nyepi', true),
    ('2023-04-07', 'Wafat Isa Almasih', false),
    ('2023-04-19', 'Cuti bersama Idulfitri 1444 H', true),
    ('2023-04-20', 'Cuti bersama Idulfitri 1444 H', true),
    ('2023-04-21', 'Cuti bersama Idulfitri 1444 H', true),
    ('2023-04-22', 'Hari Raya Idulfitri 1444 H', false),
    ('2023-04-23', 'Hari Raya Idulfitri 1444 H', false),
    ('2023-04-24', 'Cuti bersama Idulfitri 1444 H', true),
    ('2023-04-25', 'Cuti bersama Idulfitri 1444 H', true),
    ('2023-05-01', 'Hari Buruh Internasional', false),
    ('2023-05-18', 'Kenaikan Isa Almasih', false),
    ('2023-06-01', 'Hari Lahir Pancasila', false),
    ('2023-06-02', 'Cuti bersama Hari Raya Waisak', true),
    ('2023-06-04', 'Hari Raya Waisak 2567 BE', false),
    ('2023-06-28', 'Cuti bersama Iduladha 1444 H', true),
    ('2023-06-29', 'Hari Raya Iduladha 1444 H', false),
    ('2023-06-30', 'Cuti bersama Iduladha 1444 H', true),
    ('2023-07-19', 'Tahun Baru Islam 1445 H', false),
    ('2023-08-17', 'Hari Kemerdekaan Republik Indonesia', false),
    ('2023-09-28', 'Maulid Nabi Muhammad SAW', false),
    ('2023-12-25', 'Hari Raya Natal', false),
    ('2023-12-26', 'Cuti bersama Hari Raya Natal', true),
    ('2024-01-01', 'Tahun Baru 2024 Masehi', false),
    ('2024-02-08', 'Isra Mikraj Nabi Muhammad SAW', false),
    ('2024-02-09', 'Cuti bersama Tahun Baru Imlek', true),
    ('2024-02-10', 'Tahun Baru Imlek 2575 Kongzili', false),
    ('2024-02-14', 'Hari pemungutan suara Pemilu 2024', false),
    ('2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946', false),
    ('2024-03-12', 'Cuti bersama Hari Suci Nyepi', true),
    ('2024-03-29', 'Wafat Isa Almasih', false),
    ('2024-03-31', 'Hari Paskah', false),
    ('2024-04-08', 'Cuti bersama Idulfitri 1445 H', true),
    ('2024-04-09', 'Cuti bersama Idulfitri 1445 H', true),
    ('2024-04-10', 'Hari Raya Idulfitri 1445 H', false),
    ('2024-04-11', 'Hari Raya Idulfitri 1445 H', false),
    ('2024-04-12', 'Cuti bersama Idulfitri 1445 H', true),
    ('2024-04-15', 'Cuti bersama Idulfitri 1445 H', true),
    ('2024-05-01', 'Hari Buruh Internasional', false),
    ('2024-05-09', 'Kenaikan Isa Almasih', false),
    ('2024-05-10', 'Cuti bersama Kenaikan Isa Almasih', true),
    ('2024-05-23', 'Hari Raya Waisak 2568 BE', false),
    ('2024-05-24', 'Cuti bersama Hari Raya Waisak', true),
    ('2024-06-01', 'Hari Lahir Pancasila', false),
    ('2024-06-17', 'Hari Raya Iduladha 1445 H', false),
    ('2024-06-18', 'Cuti bersama Iduladha 1445 H', true),
    ('2024-07-07', 'Tahun Baru Islam 1446 H', false),
    ('2024-08-17', 'Hari Kemerdekaan Republik Indonesia', false),
    ('2024-09-16', 'Maulid Nabi Muhammad SAW', false),
    ('2024-11-27', 'Hari pemungutan suara Pilkada Serentak 2024', false),
    ('2024-12-25', 'Hari Raya Natal', false),
    ('2024-12-26', 'Cuti bersama Hari Raya Natal', true);
