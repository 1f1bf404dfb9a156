package id.go.kemendagri.siap.leadership;

/** An indicator as the admin form submits it; {@code version} null for a new one. */
public record IndicatorDraft(Aspect aspect, String name, int sortOrder, boolean active, Long version) {
}
