package id.go.kemendagri.siap.budget;

import java.util.List;

/**
 * One data row of an import file as read, with its line number (the header is line 1) and what is wrong
 * with it. {@code kind} is NPHD (grant figures) or TRANSFER; {@code values} are the filled cells of the columns
 * that kind uses, read where they could be.
 */
public record ImportRow(int line, String kind, String regionCode, String recipient, List<ImportValue> values,
        List<ImportIssue> issues, boolean unchanged) {

    public boolean valid() {
        return issues.isEmpty();
    }
}
