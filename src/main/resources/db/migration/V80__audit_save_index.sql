-- The activity feed pages by save (the rows one change wrote together: same moment, actor, record and action),
-- newest first. This index lets the database read the saves in that order and stop after a page, and count
-- them without a temporary table (300,000 rows on MariaDB: page 5 s -> under 5 ms, count 5 s -> 0.2 s).
create index ix_audit_save on audit_record (occurred_at, actor, entity_type, entity_id, action);
