package id.go.kemendagri.siap.budget;

import java.util.List;

/**
 * An import file as checked: every row with its issues, plus problems with the file itself (unreadable,
 * too large, missing columns), given as translation keys. Nothing is stored unless it is all valid.
 */
public record ImportPreview(String fileName, List<String> fileErrors, List<ImportRow> rows) {

    public boolean valid() {
        return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(ImportRow::valid);
    }

    public long invalidRows() {
        return rows.stream().filter(r -> !r.valid()).count();
    }
}
