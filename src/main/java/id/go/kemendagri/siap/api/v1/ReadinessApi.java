package id.go.kemendagri.siap.api.v1;

import java.time.Instant;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.kemendagri.siap.checklist.ReadinessFeed;
import id.go.kemendagri.siap.checklist.ReadinessRecord;
import id.go.kemendagri.siap.checklist.Theme;
import id.go.kemendagri.siap.checklist.ThemeReadiness;
import id.go.kemendagri.siap.region.RegionLevel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Readiness checklists summed per province and per region, per theme (scope {@code readiness}). */
@V1Controller
@Tag(name = "readiness", description = "Readiness per province and per region: self-reported and verified, per theme.")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReadinessApi {

    private static final Cursor<ReadinessRecord, String> PROVINCES = Cursor.byCode("readiness-provinces",
            ReadinessRecord::code);
    private static final Cursor<ReadinessRecord, String> REGIONS = Cursor.byCode("readiness-regions",
            ReadinessRecord::code);

    @Schema(name = "ReadinessFigures", description = "Counts of current checklist items and the weighted readiness."
            + " Self-reported: done items over the items the region did not mark not applicable. Verified: done"
            + " items an evaluator verified over all items except those verified as not applicable. Both"
            + " weighted by the template's item weights, in whole percent (rounded down).")
    record Figures(@Schema(description = "Theme; null for the total over all themes.", nullable = true) Theme theme,
            long items, @Schema(description = "Marked done (SELESAI) by the region.") long done,
            @Schema(description = "Done and verified by an evaluator.") long verified,
            @Schema(description = "Marked not applicable (TIDAK_BERLAKU).") long notApplicable,
            @Schema(description = "Waiting for an evaluator.") long waitingVerification,
            @Schema(example = "75") int reportedPercent, @Schema(example = "60") int verifiedPercent) {

        static Figures of(ThemeReadiness t) {
            return new Figures(t.theme(), t.items(), t.done(), t.verified(), t.notApplicable(), t.waiting(),
                    t.readiness().reportedPercent(), t.readiness().verifiedPercent());
        }
    }

    @Schema(name = "Readiness", description = "Readiness of a province (all its regions) or of one region.")
    record Readiness(@Schema(example = "62") String code, @Schema(example = "Kalimantan Tengah") String name,
            @Schema(example = "62") String provinceCode,
            @Schema(description = "Regions holding a Pilkada that have checklist items (1 for a region).") long regions,
            Figures total, @Schema(description = "One entry per theme that has items, in the screens' order.")
            List<Figures> themes,
            @Schema(description = "Latest change of a counted item; null: none since changes were recorded.",
                    nullable = true) Instant updatedAt) {

        static Readiness of(ReadinessRecord r) {
            return new Readiness(r.code(), r.name(), r.provinceCode(), r.regions(), Figures.of(r.total()),
                    r.themes().stream().map(Figures::of).toList(), r.changedAt());
        }
    }

    private final ReadinessFeed readiness;
    private final Params params;

    @GetMapping("/readiness/provinces")
    @Operation(summary = "Readiness per province", description = "Every province with checklist items, by code (all"
            + " 38 fit on one page). As the recap per province (/checklist/rekap).")
    CursorPage<Readiness> provinces(@ParameterObject ProvinceParam provinsi, @ParameterObject ListParams list) {
        var province = provinsi.code();
        // At most 38 rows from one aggregate statement: all are read, and the page is cut from them.
        return params.page(list, PROVINCES, (since, after, limit) -> readiness.byProvince(province, since).stream()
                .filter(r -> after == null || r.code().compareTo(after) > 0).toList(), Readiness::of);
    }

    @GetMapping("/readiness/regions")
    @Operation(summary = "Readiness per region", description = "Regions holding a Pilkada, by official code. As the"
            + " recap of one province (/checklist/rekap?provinsi=62).")
    CursorPage<Readiness> regions(@ParameterObject ProvinceParam provinsi,
            @Parameter(description = "Level") @RequestParam(required = false) RegionLevel tingkat,
            @ParameterObject ListParams list) {
        var province = provinsi.code();
        return params.page(list, REGIONS, (since, after, limit) -> readiness.byRegion(province, tingkat, since,
                after, limit), Readiness::of);
    }
}
