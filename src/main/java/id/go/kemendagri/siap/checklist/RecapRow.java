package id.go.kemendagri.siap.checklist;

/**
 * Completeness and timeliness of a province (or of one kabupaten/kota in a drill-down). Counts are of
 * current (not retired) items; {@code open} items are not done and not yet due.
 */
public record RecapRow(String code, String name, long regions, long items, long doneOnTime, long doneLate,
        long open, long overdue, long notApplicable, long waiting, Readiness readiness) {
}
