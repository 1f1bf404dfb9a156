-- Uploaded files are named after what their content is (FileStore.safeName). Names kept before that rule
-- (a PDF uploaded as x.html) get the extension of their type appended: x.html.pdf. One script for H2
-- (MODE=MySQL) and MySQL 8 / MariaDB 10.11; the names stay within their columns (130 and 200 characters).

update followup_item set evidence_name = concat(left(evidence_name, 120), '.pdf')
 where evidence_type = 'application/pdf' and lower(evidence_name) not like '%.pdf';
update followup_item set evidence_name = concat(left(evidence_name, 120), '.png')
 where evidence_type = 'image/png' and lower(evidence_name) not like '%.png';
update followup_item set evidence_name = concat(left(evidence_name, 120), '.jpg')
 where evidence_type = 'image/jpeg' and lower(evidence_name) not like '%.jpg' and lower(evidence_name) not like '%.jpeg';

update meeting set minutes_name = concat(left(minutes_name, 120), '.pdf')
 where minutes_type = 'application/pdf' and lower(minutes_name) not like '%.pdf';
update meeting set minutes_name = concat(left(minutes_name, 120), '.png')
 where minutes_type = 'image/png' and lower(minutes_name) not like '%.png';
update meeting set minutes_name = concat(left(minutes_name, 120), '.jpg')
 where minutes_type = 'image/jpeg' and lower(minutes_name) not like '%.jpg' and lower(minutes_name) not like '%.jpeg';

update checklist_item set evidence_name = concat(left(evidence_name, 120), '.pdf')
 where evidence_type = 'application/pdf' and lower(evidence_name) not like '%.pdf';
update checklist_item set evidence_name = concat(left(evidence_name, 120), '.png')
 where evidence_type = 'image/png' and lower(evidence_name) not like '%.png';
update checklist_item set evidence_name = concat(left(evidence_name, 120), '.jpg')
 where evidence_type = 'image/jpeg' and lower(evidence_name) not like '%.jpg' and lower(evidence_name) not like '%.jpeg';
