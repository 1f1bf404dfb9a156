package id.go.kemendagri.siap.checklist;

/**
 * What the region reports for an item. {@code link} is an evidence link: a non-blank link replaces
 * any evidence, a blank one removes a link but keeps an uploaded file. {@code version} is the version
 * the form was loaded with.
 */
public record ChecklistItemDraft(ItemStatus status, String note, String link, long version) {

    public ChecklistItemDraft withoutLink() {
        return new ChecklistItemDraft(status, note, null, version);
    }
}
