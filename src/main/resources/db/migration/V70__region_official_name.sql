-- The name as the reference data (idn-area-data) spells it, kept beside the name shown (region.name), which
-- differs only where reference/display-names/display-names.csv gives a display name (docs/architecture.md,
-- "Regions and cycles"). Filled in by RegionReferenceLoader at the next start.
alter table region add column official_name varchar(120);
