package id.go.kemendagri.siap.checklist;

import id.go.kemendagri.siap.base.WebLink;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the region reports for an item. {@code link} is an evidence link: a non-blank link replaces
 * any evidence, a blank one removes a link but keeps an uploaded file. {@code version} is the version
 * the form was loaded with. The simple rules are constraints here (the form shows them while typing); the
 * rules that depend on the status or the item are in {@link ChecklistRules}, which the service applies to all.
 */
public record ChecklistItemDraft(
        @NotNull(message = "checklist.error.status") ItemStatus status,
        @Size(max = ChecklistRules.MAX_NOTE, message = "checklist.error.note") String note,
        @WebLink(message = "checklist.error.link") String link,
        long version) {

    public ChecklistItemDraft withoutLink() {
        return new ChecklistItemDraft(status, note, null, version);
    }
}
