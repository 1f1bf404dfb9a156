-- A region may mark its TNI or Polri grant "not applicable" (no security grant needed this cycle) with a reason:
-- set here, the grant counts neither as signed nor as missing (docs/budget.md, "Security grants not applicable").
alter table nphd_grant add column not_applicable_reason varchar(500);
