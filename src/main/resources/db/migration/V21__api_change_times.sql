-- When a row last changed in a way the read API shows, for its updatedSince filter (incremental sync).
-- updated_at alone does not say it: a region is reference data loaded at start, a checklist item's
-- verification does not touch updated_at, and a grant row created at start has none yet. Null means "not
-- changed since before this column existed"; such rows come with a full read.

alter table region add column changed_at datetime(6);

alter table checklist_item add column changed_at datetime(6);
update checklist_item set changed_at = case
    when verified_at is not null and (updated_at is null or verified_at > updated_at) then verified_at
    else updated_at end;
create index ix_checklist_item_changed on checklist_item (cycle_id, changed_at);

alter table nphd_grant add column changed_at datetime(6);
update nphd_grant set changed_at = updated_at;
create index ix_nphd_grant_changed on nphd_grant (cycle_id, changed_at);
