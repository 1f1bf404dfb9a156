package id.go.kemendagri.siap.api.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.kemendagri.siap.leadership.Echelon;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadFilter;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.LegalBasis;
import id.go.kemendagri.siap.leadership.NeutralityBand;
import id.go.kemendagri.siap.leadership.TenureFeed;
import id.go.kemendagri.siap.leadership.TenureFilter;
import id.go.kemendagri.siap.leadership.TenureRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Heads of region and caretakers, one item per tenure, current and past (scope {@code heads}). */
@V1Controller
@Tag(name = "heads", description = "Heads of region (elected, Pj, Pjs, Plt, Plh) and their tenures.")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class HeadsApi {

    private static final Cursor<TenureRecord, Long> CURSOR = Cursor.byId("heads", TenureRecord::id);
    static final List<Integer> WINDOWS = List.of(30, 60, 90);

    @Schema(name = "Head", description = "A tenure of a head of region; active while endedOn is null.")
    record Head(long id, @Schema(example = "62.07") String regionCode, String regionName, String provinceCode,
            HeadStatus status, String personName, @Schema(nullable = true) String originPosition,
            @Schema(nullable = true) String originInstitution, @Schema(nullable = true) Echelon echelon,
            @Schema(nullable = true) LegalBasis legalBasis, @Schema(nullable = true) String decreeNumber,
            LocalDate swornInOn, LocalDate termStartedOn, @Schema(nullable = true) LocalDate termEndsOn,
            int extensionCount, boolean active, @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) EndReason endReason,
            @Schema(description = "Category of the latest evaluation (Pj only).", nullable = true)
            EvaluationCategory lastCategory,
            @Schema(description = "Neutrality band of the latest evaluation: a personal score, only with the"
                    + " pj-scores scope.", nullable = true) NeutralityBand lastNeutralityBand,
            @Schema(description = "Last change of the tenure or of one of its evaluations.") Instant updatedAt) {

        static Head of(TenureRecord t) {
            return new Head(t.id(), t.regionCode(), t.regionName(), t.provinceCode(), t.status(), t.personName(),
                    t.originPosition(), t.originInstitution(), t.echelon(), t.legalBasis(), t.decreeNumber(),
                    t.swornInOn(), t.termStartedOn(), t.termEndsOn(), t.extensionCount(), t.active(), t.endedOn(),
                    t.endReason(), t.lastCategory(), t.lastBand(), t.changedAt());
        }
    }

    private final TenureFeed tenures;
    private final Params params;

    @GetMapping("/heads")
    @Operation(summary = "Heads of region and tenures, by id", description = "Filters as on /kepala-daerah, plus"
            + " region and active. The neutrality filter needs the pj-scores scope.")
    CursorPage<Head> heads(@ParameterObject ProvinceParam provinsi, @ParameterObject RegionParam region,
            @Parameter(description = "Current tenures only (true) or ended ones only (false).")
            @RequestParam(required = false) Boolean active,
            @Parameter(description = "How the head holds office") @RequestParam(required = false) HeadStatus status,
            @Parameter(description = "Active terms ending within 30, 60 or 90 days (past ones included).",
                    schema = @Schema(allowableValues = { "30", "60", "90" }))
            @RequestParam(required = false) Integer berakhir,
            @Parameter(description = "With a quarterly report past due: " + ApiDocs.YES_NO,
                    schema = @Schema(allowableValues = { Params.YES, Params.NO }))
            @RequestParam(required = false) String terlambat,
            @Parameter(description = "Category of the latest evaluation") @RequestParam(required = false)
            EvaluationCategory kategori,
            @Parameter(description = "Neutrality band of the latest evaluation (pj-scores scope)")
            @RequestParam(required = false) NeutralityBand netralitas,
            @Parameter(description = ApiDocs.SEARCH + " Also the head's name.") @RequestParam(required = false)
            String cari,
            @ParameterObject ListParams list) {
        if (berakhir != null && !WINDOWS.contains(berakhir)) {
            throw new ApiInputException("berakhir: 30, 60 or 90.");
        }
        var heads = new HeadFilter(provinsi.code(), status, berakhir, Params.onlyIf("terlambat", terlambat), kategori,
                netralitas, Params.search(cari));
        var filter = new TenureFilter(heads, region.code(), active);
        return params.page(list, CURSOR, (since, after, limit) -> tenures.page(filter, since, after, limit), Head::of);
    }
}
