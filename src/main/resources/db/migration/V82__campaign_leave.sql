-- Campaign leave of an elected head who runs again (issue 19): the head keeps the tenure and is on leave for
-- the campaign stage of the cycle (2024: 25 Sep - 23 Nov); a Pjs designated by the Minister acts meanwhile.
-- Kept on the tenure, which stays the region's one active tenure. Common SQL for H2, MySQL 8 and MariaDB.
alter table head_tenure add column leave_starts_on date;
alter table head_tenure add column leave_ends_on date;
alter table head_tenure add column leave_pjs_name varchar(120);
alter table head_tenure add column leave_pjs_nip varchar(18);
alter table head_tenure add column leave_pjs_origin varchar(150);
alter table head_tenure add column leave_decree_number varchar(100);
