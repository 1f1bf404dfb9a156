package id.go.kemendagri.siap.api.v1;

import java.time.Instant;
import java.time.LocalDate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.go.kemendagri.siap.followup.FollowUpFeed;
import id.go.kemendagri.siap.followup.FollowUpRecord;
import id.go.kemendagri.siap.followup.FollowUpStatus;
import id.go.kemendagri.siap.followup.MeetingType;
import id.go.kemendagri.siap.followup.ResponsibleUnit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Follow-ups that coordination meetings gave to regions (scope {@code follow-ups}). */
@V1Controller
@Tag(name = "follow-ups", description = "Follow-up items of coordination meetings, per region.")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class FollowUpsApi {

    private static final Cursor<FollowUpRecord, Long> CURSOR = Cursor.byId("follow-ups", f -> f.row().id());

    @Schema(name = "EvidenceDocument", description = "An uploaded document (the file itself is not served here).")
    record EvidenceDocument(String name, String contentType, long size) {
    }

    @Schema(name = "FollowUp")
    record FollowUp(long id, long meetingId, String meetingTitle, LocalDate meetingDate, MeetingType meetingType,
            String regionCode, String regionName, String provinceCode, String description,
            ResponsibleUnit responsibleUnit, @Schema(nullable = true) String responsibleOther, LocalDate deadline,
            FollowUpStatus status, @Schema(description = "Not done and past its deadline on the day of the call.")
            boolean overdue, String note, @Schema(nullable = true) String evidenceLink,
            @Schema(nullable = true) EvidenceDocument evidenceDocument, @Schema(nullable = true) Instant closedAt,
            @Schema(description = "Last change of the item or of its meeting.") Instant updatedAt) {

        static FollowUp of(FollowUpRecord r) {
            var f = r.row();
            var document = f.evidence() == null ? null
                    : new EvidenceDocument(f.evidence().name(), f.evidence().contentType(), f.evidence().size());
            return new FollowUp(f.id(), f.meetingId(), f.meetingTitle(), f.meetingDate(), r.meetingType(),
                    f.regionCode(), f.regionName(), f.regionCode().substring(0, 2), f.description(), f.unit(),
                    f.unitOther(), f.deadline(), f.status(), f.overdue(), f.note(), f.evidenceLink(), document,
                    f.closedAt(), r.changedAt());
        }
    }

    private final FollowUpFeed followUps;
    private final Params params;

    @GetMapping("/follow-ups")
    @Operation(summary = "Follow-ups, by id", description = "Filters as on /rapat (jenis, provinsi), plus region,"
            + " meeting, status and overdue.")
    CursorPage<FollowUp> followUps(@ParameterObject ProvinceParam provinsi, @ParameterObject RegionParam region,
            @Parameter(description = "Kind of meeting") @RequestParam(required = false) MeetingType jenis,
            @Parameter(description = "One meeting") @RequestParam(required = false) Long meetingId,
            @Parameter(description = "Status") @RequestParam(required = false) FollowUpStatus status,
            @Parameter(description = "Not done and past the deadline: " + ApiDocs.YES_NO,
                    schema = @Schema(allowableValues = { Params.YES, Params.NO }))
            @RequestParam(required = false) String terlambat,
            @ParameterObject ListParams list) {
        var filter = new FollowUpFeed.Filter(provinsi.code(), region.code(), meetingId, jenis, status,
                Params.onlyIf("terlambat", terlambat));
        return params.page(list, CURSOR, (since, after, limit) -> followUps.page(filter, since, after, limit),
                FollowUp::of);
    }
}
