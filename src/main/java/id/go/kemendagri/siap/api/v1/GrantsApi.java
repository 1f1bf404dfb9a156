package id.go.kemendagri.siap.api.v1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.kemendagri.siap.budget.Band;
import id.go.kemendagri.siap.budget.GrantFeed;
import id.go.kemendagri.siap.budget.GrantFilter;
import id.go.kemendagri.siap.budget.GrantRecord;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** NPHD grants per region and recipient with tranches, transfers and disbursed share (scope {@code grants}). */
@V1Controller
@Tag(name = "grants", description = "NPHD grants to KPU, Bawaslu, TNI and Polri; amounts in whole Rupiah.")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class GrantsApi {

    private static final Cursor<GrantRecord, Long> CURSOR = Cursor.byId("grants", g -> g.grant().id());

    @Schema(name = "Tranche", description = "A planned tranche of a signed grant.")
    record Tranche(int number, @Schema(description = "Share of the agreed amount.") int percent, long amount,
            @Schema(nullable = true) LocalDate dueOn,
            @Schema(description = "What the transfers name as this tranche.") long transferred,
            @Schema(description = "Reached by the cumulative transfers.") boolean complete, boolean late) {
    }

    @Schema(name = "Transfer")
    record Transfer(long id, int tranche, LocalDate date, long amount, String reference) {
    }

    @Schema(name = "Grant", description = "The grant of one region to one recipient in the current cycle.")
    record Grant(long id, String regionCode, String regionName, String provinceCode, String provinceName,
            Recipient recipient, SigningStage stage, Scheme scheme, @Schema(nullable = true) Long proposedAmount,
            @Schema(nullable = true) Long agreedAmount, @Schema(nullable = true) String nphdNumber,
            @Schema(nullable = true) LocalDate signedOn,
            @Schema(description = "Share budgeted in the year before the vote.") int earlierYearPercent,
            long disbursedAmount,
            @Schema(description = "Disbursed over agreed, percent with one decimal (rounded down); null without an"
                    + " agreed amount.", nullable = true, example = "62.5") Double disbursedPercent,
            @Schema(description = "DONE (100%), PARTIAL (40% or more), RED (under 40%); null unless signed.",
                    nullable = true) Band band,
            @Schema(description = "A tranche is past due and not reached.") boolean late, List<Tranche> tranches,
            List<Transfer> transfers,
            @Schema(description = "Last change; null: unchanged since before changes were recorded.", nullable = true)
            Instant updatedAt,
            @Schema(description = "A TNI or Polri grant the region marked not applicable: counted neither as signed"
                    + " nor as missing.") boolean notApplicable,
            @Schema(description = "Why the grant is not applicable; null unless it is.", nullable = true)
            String notApplicableReason) {

        static Grant of(GrantRecord r) {
            var g = r.grant();
            var percent = g.agreed() == null || g.agreed() <= 0 ? null
                    : Math.floor(g.disbursed() * 1000.0 / g.agreed()) / 10.0;
            return new Grant(g.id(), g.regionCode(), r.regionName(), r.provinceCode(), r.provinceName(),
                    g.recipient(), g.stage(), g.scheme(), g.proposed(), g.agreed(), g.nphdNumber(), g.signedOn(),
                    g.earlierYearPercent(), g.disbursed(), percent, g.band(), g.late(),
                    g.tranches().stream().map(t -> new Tranche(t.number(), t.percent(), t.amount(), t.due(),
                            t.booked(), t.complete(), t.late())).toList(),
                    g.transfers().stream().map(t -> new Transfer(t.id(), t.tranche(), t.date(), t.amount(),
                            t.reference())).toList(), r.changedAt(), g.notApplicable(), g.notApplicableReason());
        }
    }

    private final GrantFeed grants;
    private final Params params;

    @GetMapping("/grants")
    @Operation(summary = "NPHD grants, by id", description = "Filters as on /anggaran, plus region.")
    CursorPage<Grant> grants(@ParameterObject ProvinceParam provinsi, @ParameterObject RegionParam region,
            @Parameter(description = "Recipient") @RequestParam(required = false) Recipient penerima,
            @Parameter(description = "Signing stage") @RequestParam(required = false) SigningStage tahap,
            @Parameter(description = "Disbursement band of signed grants") @RequestParam(required = false) Band pita,
            @Parameter(description = "A tranche past due and not reached: " + ApiDocs.YES_NO,
                    schema = @Schema(allowableValues = { Params.YES, Params.NO }))
            @RequestParam(required = false) String terlambat,
            @ParameterObject ListParams list) {
        var filter = new GrantFilter(provinsi.code(), penerima, tahap, pita, Params.onlyIf("terlambat", terlambat));
        var regionCode = region.code();
        return params.page(list, CURSOR, (since, after, limit) -> grants.page(filter, regionCode, since, after, limit),
                Grant::of);
    }
}
