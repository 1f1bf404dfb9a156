package id.go.kemendagri.siap.checklist;

/** An item as a screen last saw it: its id and the version then. */
public record ItemRef(long id, long version) {
}
