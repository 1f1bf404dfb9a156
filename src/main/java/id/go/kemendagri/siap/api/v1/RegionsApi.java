package id.go.kemendagri.siap.api.v1;

import java.time.Instant;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.kemendagri.siap.region.RegionFeed;
import id.go.kemendagri.siap.region.RegionFilter;
import id.go.kemendagri.siap.region.RegionLevel;
import id.go.kemendagri.siap.region.RegionRecord;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The 552 official regions with the Pilkada flag of the current cycle (scope {@code regions}). */
@V1Controller
@Tag(name = "regions", description = "Provinces and kabupaten/kota, official codes, whether they hold a Pilkada.")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegionsApi {

    private static final Cursor<RegionRecord, String> CURSOR = Cursor.byCode("regions", RegionRecord::code);

    @Schema(name = "Region", description = "A province or kabupaten/kota.")
    record Region(@Schema(example = "62.07") String code, @Schema(example = "Kabupaten Seruyan") String name,
            RegionLevel level, @Schema(example = "62") String provinceCode,
            @Schema(example = "Kalimantan Tengah") String provinceName,
            @Schema(description = "Holds a Pilkada in the current election cycle.") boolean holdsPilkada,
            @Schema(description = "Last change of name or Pilkada flag; null: unchanged since first loaded.",
                    nullable = true) Instant updatedAt) {

        static Region of(RegionRecord r) {
            return new Region(r.code(), r.name(), r.level(), r.provinceCode(), r.provinceName(), r.holdsPilkada(),
                    r.changedAt());
        }
    }

    private final RegionFeed regions;
    private final Params params;

    @GetMapping("/regions")
    @Operation(summary = "Regions, by official code", description = "Filters as on the region list (/wilayah).")
    CursorPage<Region> regions(@ParameterObject ProvinceParam provinsi,
            @Parameter(description = "Level") @RequestParam(required = false) RegionLevel tingkat,
            @Parameter(description = "Holds a Pilkada: " + ApiDocs.YES_NO,
                    schema = @Schema(allowableValues = { Params.YES, Params.NO })) @RequestParam(required = false) String pilkada,
            @Parameter(description = ApiDocs.SEARCH) @RequestParam(required = false) String cari,
            @ParameterObject ListParams list) {
        var filter = new RegionFilter(provinsi.code(), tingkat, Params.flag("pilkada", pilkada), Params.search(cari));
        return params.page(list, CURSOR, (since, after, limit) -> regions.page(filter, since, after, limit),
                Region::of);
    }
}
