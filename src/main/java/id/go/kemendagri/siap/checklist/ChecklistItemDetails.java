package id.go.kemendagri.siap.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One item of a region's checklist as screens show it: the template's wording and deadline with the
 * region's answer, its verification, and whether it is overdue on the day it was read; for a derived item, the
 * source it follows, what that source says (status, in words) and a route to the source record.
 */
@SuppressWarnings("java:S107")
public record ChecklistItemDetails(long id, String regionCode, String provinceCode, String itemCode, Theme theme,
        int sortOrder, String nameId, String nameEn, String guidanceId, String guidanceEn, String legalBasis,
        LocalDate dueDate, boolean evidenceRequired, int weight, boolean retired, ItemStatus status, String note,
        EvidenceKind evidenceKind, String evidenceLink, String evidenceName, Long evidenceSize, String evidenceSha256,
        Verification verification, boolean changedSinceVerification, String returnReason, Instant submittedAt,
        Instant verifiedAt, String verifiedBy, LocalDate completedOn, Instant updatedAt, String updatedBy,
        boolean demo, long version, boolean overdue, DerivedSource derivedFrom, ItemStatus sourceStatus,
        String sourceTextId, String sourceTextEn, String sourceLink) {

    /**
     * Whether the item's status follows its source now ({@link DerivedSource}): staff may add a note or evidence
     * but not set another status.
     */
    public boolean sourceBound() {
        return sourceStatus != null;
    }

    /** What the source says, in the reader's language (null when the item is not derived or the source is silent). */
    public String sourceText(Locale locale) {
        return english(locale) ? sourceTextEn : sourceTextId;
    }

    public String name(Locale locale) {
        return english(locale) ? nameEn : nameId;
    }

    public String guidance(Locale locale) {
        return english(locale) ? guidanceEn : guidanceId;
    }

    public boolean hasEvidence() {
        return evidenceKind != EvidenceKind.NONE;
    }

    public ChecklistItemDraft toDraft() {
        return new ChecklistItemDraft(status, note, evidenceKind == EvidenceKind.LINK ? evidenceLink : null, version);
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
