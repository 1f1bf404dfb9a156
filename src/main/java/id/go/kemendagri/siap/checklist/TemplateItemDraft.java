package id.go.kemendagri.siap.checklist;

import java.time.LocalDate;

/**
 * A template item as an editor submits it. The deadline is either {@code deadlineDate} or
 * {@code daysBeforeVote}, never both.
 */
@SuppressWarnings("java:S107")
public record TemplateItemDraft(String code, Theme theme, int sortOrder, String nameId, String nameEn,
        String guidanceId, String guidanceEn, String legalBasis, LocalDate deadlineDate, Integer daysBeforeVote,
        boolean evidenceRequired, boolean forProvince, boolean forKabupaten, boolean forKota, int weight) {
}
