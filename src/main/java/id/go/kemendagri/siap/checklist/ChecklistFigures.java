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
        return new RecapRow(code, names.getOrDefault(code, code), n(row[1]), n(row[2]), n(row[3]), n(row[4]),
                n(row[5]), n(row[6]), n(row[7]), n(row[8]), readinessOf(row));
    }

    private static Readiness readinessOf(Object[] row) {
        return new Readiness(n(row[9]), n(row[10]), n(row[11]), n(row[12]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
