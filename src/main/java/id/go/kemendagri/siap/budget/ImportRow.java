package id.go.kemendagri.siap.budget;

import java.util.List;

/**
 * One data row of an import file as read, with its line number (the header is line 1) and what is wrong
 * with it. {@code kind} is NPHD (grant figures) or TRANSFER.
 */
public record ImportRow(int line, String kind, String regionCode, String recipient, String summary,
        List<ImportIssue> issues, boolean unchanged) {

    public boolean valid() {
        return issues.isEmpty();
    }
}
