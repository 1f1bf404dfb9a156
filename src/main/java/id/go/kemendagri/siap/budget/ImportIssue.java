package id.go.kemendagri.siap.budget;

/** What is wrong in a row: the column (template name), a translation key, and the value as read. */
public record ImportIssue(String column, String key, String value) {
}
