package id.go.kemendagri.siap.checklist;

import java.util.List;
import java.util.Map;

/** Turns the rows of the aggregate recap queries into records. Column order follows the FIGURES query. */
final class ChecklistFigures {

    private ChecklistFigures() {
    }

    static Readiness readiness(List<Object[]> rows) {
        return rows.isEmpty() ? Readiness.NONE : readinessOf(rows.getFirst());
    }

    static RecapRow recap(Object[] row, Map<String, String> names) {
        var code = (String) row[0];
        return new RecapRow(code, names.getOrDefault(code, code), count(row[1]), count(row[2]), count(row[3]),
                count(row[4]), count(row[5]), count(row[6]), count(row[7]), count(row[8]), readinessOf(row));
    }

    private static Readiness readinessOf(Object[] row) {
        return new Readiness(count(row[9]), count(row[10]), count(row[11]), count(row[12]));
    }

    /** A count or sum of an aggregate query; null (no rows to sum) is 0. */
    static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
