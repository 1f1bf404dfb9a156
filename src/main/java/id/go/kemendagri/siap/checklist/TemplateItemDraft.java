package id.go.kemendagri.siap.checklist;

import java.time.LocalDate;

import id.go.kemendagri.siap.region.ElectionStage;

/**
 * A template item as an editor submits it. The deadline is either {@code deadlineDate} or
 * {@code daysBefore} the first day of
 * {@code deadlineStage} (none: the vote), never both.
 */
@SuppressWarnings("java:S107")
public record TemplateItemDraft(String code, Theme theme, int sortOrder, String nameId, String nameEn,
        String guidanceId, String guidanceEn, String legalBasis, LocalDate deadlineDate, Integer daysBefore,
        ElectionStage deadlineStage,
        boolean evidenceRequired, boolean forProvince, boolean forKabupaten, boolean forKota, int weight) {
}
