package id.go.kemendagri.siap.checklist;

import java.time.LocalDate;

import id.go.kemendagri.siap.region.ElectionStage;

/**
 * A template item as an editor submits it. The deadline is either {@code deadlineDate} or
 * {@code daysBefore} the first day of
 * {@code deadlineStage} (none: the vote), never both. {@code derivedFrom}: the source the item's answer is derived
 * from ("Diturunkan dari"), null for an item answered by hand.
 */
@SuppressWarnings("java:S107")
public record TemplateItemDraft(String code, Theme theme, int sortOrder, String nameId, String nameEn,
        String guidanceId, String guidanceEn, String legalBasis, LocalDate deadlineDate, Integer daysBefore,
        ElectionStage deadlineStage,
        boolean evidenceRequired, boolean forProvince, boolean forKabupaten, boolean forKota, int weight,
        DerivedSource derivedFrom) {

    /** An item answered by hand. */
    public TemplateItemDraft(String code, Theme theme, int sortOrder, String nameId, String nameEn, String guidanceId,
            String guidanceEn, String legalBasis, LocalDate deadlineDate, Integer daysBefore, ElectionStage deadlineStage,
            boolean evidenceRequired, boolean forProvince, boolean forKabupaten, boolean forKota, int weight) {
        this(code, theme, sortOrder, nameId, nameEn, guidanceId, guidanceEn, legalBasis, deadlineDate, daysBefore,
                deadlineStage, evidenceRequired, forProvince, forKabupaten, forKota, weight, null);
    }
}
