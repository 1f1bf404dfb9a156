package id.go.kemendagri.siap.checklist;

import java.time.LocalDate;

import id.go.kemendagri.siap.region.ElectionStage;

/**
 * A template item as stored, with its deadline resolved to a date and the source its answer is derived from (null:
 * answered by hand).
 */
@SuppressWarnings("java:S107")
public record TemplateItemDetails(long id, String code, Theme theme, int sortOrder, String nameId, String nameEn,
        String guidanceId, String guidanceEn, String legalBasis, LocalDate deadlineDate, Integer daysBefore,
        ElectionStage deadlineStage, LocalDate dueDate, boolean evidenceRequired, boolean forProvince, boolean forKabupaten, boolean forKota,
        int weight, DerivedSource derivedFrom) {
}
