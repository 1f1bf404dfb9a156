-- Checklist items whose answer the application already knows (issue 19, "Double entry to remove"): the template
-- names the source an item is derived from, and each region's item keeps what that source says (status, in words,
-- and a link to the record). Common SQL for H2 (MODE=MySQL), MySQL 8 and MariaDB 10.11.
alter table checklist_template_item add column derived_from varchar(24);

-- 2024: the NPHD per recipient (DNA-03 KPU, DNA-04 Bawaslu, DNA-05 TNI, DNA-06 Polri), tranche I and II
-- transferred (DNA-07, DNA-08), a Pj who runs has resigned (NET-01), the ASN neutrality score reported (NET-02) and
-- a Pjs for an incumbent on campaign leave (NET-04).
update checklist_template_item set derived_from = case code
        when 'DNA-03' then 'NPHD_KPU' when 'DNA-04' then 'NPHD_BAWASLU' when 'DNA-05' then 'NPHD_TNI'
        when 'DNA-06' then 'NPHD_POLRI' when 'DNA-07' then 'TRANCHE_ONE' when 'DNA-08' then 'TRANCHE_TWO'
        when 'NET-01' then 'PJ_RESIGNED' when 'NET-02' then 'NEUTRALITY_SCORE' when 'NET-04' then 'PJS_APPOINTED' end
 where code in ('DNA-03', 'DNA-04', 'DNA-05', 'DNA-06', 'DNA-07', 'DNA-08', 'NET-01', 'NET-02', 'NET-04')
   and template_id in (select t.id from checklist_template t where t.cycle_id = 2024);

-- What the source says for a region's item; source_status null: the source is silent (no record, or a case it
-- does not decide), and the item is answered by hand like any other.
alter table checklist_item add column source_status varchar(16);
alter table checklist_item add column source_text_id varchar(300);
alter table checklist_item add column source_text_en varchar(300);
alter table checklist_item add column source_link varchar(120);
