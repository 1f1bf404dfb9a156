-- The Desk Pilkada's monthly report to the ministry as a month-by-month series (issue 19): one row per region and
-- month reported on, with the day it was sent and where it is (a link). Months without a row were not reported.
create table desk_report (
    id            bigint       not null auto_increment,
    cycle_id      bigint       not null,
    region_code   varchar(13)  not null,
    province_code varchar(2)   not null,
    report_month  date         not null,
    sent_on       date         not null,
    link          varchar(500) not null,
    note          varchar(300),
    demo          boolean      not null,
    updated_at    datetime(6)  not null,
    updated_by    varchar(60)  not null,
    version       bigint       not null,
    constraint pk_desk_report primary key (id),
    constraint uq_desk_report_month unique (cycle_id, region_code, report_month),
    constraint fk_desk_report_cycle foreign key (cycle_id) references election_cycle (id),
    constraint fk_desk_report_region foreign key (region_code) references region (code)
);
create index ix_desk_report_month on desk_report (cycle_id, report_month, province_code);
