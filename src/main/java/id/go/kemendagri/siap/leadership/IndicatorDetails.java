package id.go.kemendagri.siap.leadership;

/** An evaluation indicator as stored. */
public record IndicatorDetails(long id, Aspect aspect, String name, int sortOrder, boolean active, long version) {

    public IndicatorDraft toDraft() {
        return new IndicatorDraft(aspect, name, sortOrder, active, version);
    }
}
