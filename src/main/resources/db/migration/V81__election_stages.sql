-- The stages of an election cycle as data (issue 19): DP4 handover, candidate registration, candidate
-- determination, campaign, quiet days, vote, count and recapitulation, each with its first and last day.
-- 2024: PKPU 2/2024 (shared/domain.md, "Key dates of the 2024 cycle"). Common SQL for H2, MySQL 8 and MariaDB.
create table election_stage (
    cycle_id   bigint      not null,
    stage      varchar(32) not null,
    sort_order int         not null,
    starts_on  date        not null,
    ends_on    date        not null,
    constraint pk_election_stage primary key (cycle_id, stage),
    constraint fk_election_stage_cycle foreign key (cycle_id) references election_cycle (id),
    constraint ck_election_stage_days check (ends_on >= starts_on)
);

insert into election_stage (cycle_id, stage, sort_order, starts_on, ends_on) values
(2024, 'DP4_HANDOVER', 1, '2024-04-24', '2024-05-31'),
(2024, 'CANDIDATE_REGISTRATION', 2, '2024-08-27', '2024-08-29'),
(2024, 'CANDIDATE_DETERMINATION', 3, '2024-09-22', '2024-09-22'),
(2024, 'CAMPAIGN', 4, '2024-09-25', '2024-11-23'),
(2024, 'QUIET_DAYS', 5, '2024-11-24', '2024-11-26'),
(2024, 'VOTE', 6, '2024-11-27', '2024-11-27'),
(2024, 'COUNT_AND_RECAPITULATION', 7, '2024-11-27', '2024-12-16');

-- A checklist deadline counts days before the first day of a stage (none: the vote), or is a fixed date.
alter table checklist_template_item rename column days_before_vote to days_before;
alter table checklist_template_item add column deadline_stage varchar(32);

-- The 2024 items whose dates were written down as fixed dates but follow a stage (same due dates as before):
-- a Pj who runs has resigned by 17 July (41 days before registration opens), no ASN transfers without approval up to
-- candidate determination, the Forkopimda peace declaration and the Pjs for incumbents on leave the day before
-- the campaign.
update checklist_template_item set deadline_date = null, days_before = 41, deadline_stage = 'CANDIDATE_REGISTRATION'
 where code = 'NET-01' and due_date = '2024-07-17';
update checklist_template_item set deadline_date = null, days_before = 0, deadline_stage = 'CANDIDATE_DETERMINATION'
 where code = 'NET-03' and due_date = '2024-09-22';
update checklist_template_item set deadline_date = null, days_before = 1, deadline_stage = 'CAMPAIGN'
 where code in ('NET-04', 'KLB-03') and due_date = '2024-09-24';
