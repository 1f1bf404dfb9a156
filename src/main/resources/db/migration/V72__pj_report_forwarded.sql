-- Report routing: a Pj bupati/wali kota sends the quarterly report through the governor, who forwards it to the
-- Minister; the date the governor forwarded it (docs/leadership.md, "Report routing"). Empty for a Pj gubernur.
alter table pj_report add column forwarded_on date;
