package id.go.kemendagri.siap.leadership;

import java.time.Clock;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.leadership.domain.HeadTenure;
import id.go.kemendagri.siap.region.ElectionStage;
import id.go.kemendagri.siap.region.ElectionStages;
import id.go.kemendagri.siap.region.StageDates;

/**
 * Campaign leave (issue 19, UU 10/2016): an elected head who runs again takes leave for the campaign. The head
 * keeps the tenure, which stays the region's active one, and is on leave from the first to the last day of the
 * current cycle's campaign stage (the dates come from the cycle, not the form); a Pjs designated by the Minister
 * (Kepmendagri, its number and date recorded) acts meanwhile, and the head is back the day after. Recorded and cancelled by those who manage
 * heads, against the tenure's version, audited and pushed live like every change of a tenure.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CampaignLeaveService {

    static final String AUDIT_ACTION = "CAMPAIGN_LEAVE";
    static final String AUDIT_CANCEL = "LEAVE_CANCELLED";

    private final HeadTenureService heads;
    private final ElectionStages stages;
    private final Clock clock;

    /** The campaign stage the leave would cover, for the form to state (empty when the cycle has none). */
    @Transactional(readOnly = true)
    public java.util.Optional<StageDates> campaign() {
        return stages.current().stream().filter(s -> s.stage() == ElectionStage.CAMPAIGN).findFirst();
    }

    /** Records (or corrects) the campaign leave of the elected head of tenure {@code tenureId}. */
    @Transactional
    public TenureDetails record(long tenureId, CampaignLeaveDraft draft) {
        var tenure = heads.managed(tenureId);
        var errors = TenureRules.checkLeave(draft);
        InvalidInputException.throwIfAny(errors);
        var today = LeadershipRules.today(clock);
        HeadTenureService.requireVersion(tenure, draft.version(), today);
        if (!tenure.isActive() || tenure.getStatus() != HeadStatus.DEFINITIF) {
            throw new InvalidInputException(Map.of("status", "leadership.error.leave.elected-only"));
        }
        var campaign = campaign().orElseThrow(() -> new InvalidInputException(
                Map.of("status", "leadership.error.leave.no-campaign")));
        if (tenure.getTermEndsOn() != null && tenure.getTermEndsOn().isBefore(campaign.startsOn())) {
            throw new InvalidInputException(Map.of("status", "leadership.error.leave.after-term"));
        }
        var decreeError = TenureRules.checkLeaveDecreeDate(draft.decreeDate(), today, campaign.startsOn(),
                tenure.getSwornInOn());
        if (decreeError != null) {
            throw new InvalidInputException(Map.of("decreeDate", decreeError));
        }
        var before = tenure.getCampaignLeave();
        tenure.campaignLeave(new CampaignLeave(campaign.startsOn(), campaign.endsOn(),
                TenureRules.trim(draft.pjsName()), TenureRules.nipDigits(draft.pjsNip()),
                TenureRules.blankToNull(draft.pjsOrigin()), TenureRules.trim(draft.decreeNumber()), draft.decreeDate()));
        var after = tenure.getCampaignLeave();
        heads.store(tenure, AUDIT_ACTION, FieldChange.since(before)
                .compare("leaveStartsOn", CampaignLeave::startsOn, after.startsOn())
                .compare("leaveEndsOn", CampaignLeave::endsOn, after.endsOn())
                .compare("leavePjsName", CampaignLeave::pjsName, after.pjsName())
                .compare("leavePjsNip", CampaignLeave::pjsNip, after.pjsNip())
                .compare("leavePjsOrigin", CampaignLeave::pjsOrigin, after.pjsOrigin())
                .compare("leaveDecreeNumber", CampaignLeave::decreeNumber, after.decreeNumber())
                .compare("leaveDecreeDate", CampaignLeave::decreeDate, after.decreeDate())
                .changes());
        return HeadTenureService.toDetails(tenure, today);
    }

    /** Removes a campaign leave recorded by mistake (the head did not run after all). */
    @Transactional
    public TenureDetails cancel(long tenureId, long version) {
        var tenure = heads.managed(tenureId);
        var today = LeadershipRules.today(clock);
        HeadTenureService.requireVersion(tenure, version, today);
        var before = tenure.getCampaignLeave();
        if (before == null) {
            return HeadTenureService.toDetails(tenure, today);
        }
        tenure.cancelCampaignLeave();
        heads.store(tenure, AUDIT_CANCEL, new FieldChange.Collector().compare("leavePjsName", before.pjsName(), null)
                .compare("leaveStartsOn", before.startsOn(), null).compare("leaveEndsOn", before.endsOn(), null)
                .changes());
        return HeadTenureService.toDetails(tenure, today);
    }
}
