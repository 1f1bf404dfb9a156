-- The Minister's decree (Kepmendagri) designating the Pjs for an incumbent's campaign leave: its date, beside the
-- number V82 already keeps (issue 19). The checklist's NET-04 ("Pjs appointed") is done on this day. Null for a
-- leave recorded before V95: NET-04 then takes the leave's first day. Common SQL for H2, MySQL 8 and MariaDB 10.11.
alter table head_tenure add column leave_decree_date date;
