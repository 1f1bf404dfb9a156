package id.go.kemendagri.siap.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.followup.FollowUpDraft;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.followup.MeetingDraft;
import id.go.kemendagri.siap.followup.MeetingService;
import id.go.kemendagri.siap.followup.MeetingType;
import id.go.kemendagri.siap.followup.ResponsibleUnit;
import id.go.kemendagri.siap.leadership.EvaluationDraft;
import id.go.kemendagri.siap.leadership.EvaluationService;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.IndicatorService;
import id.go.kemendagri.siap.leadership.LeadershipTestSupport;
import id.go.kemendagri.siap.leadership.PjReportService;
import id.go.kemendagri.siap.leadership.Recommendation;
import id.go.kemendagri.siap.leadership.ReportDraft;
import id.go.kemendagri.siap.support.Users;

/**
 * What the API tests read besides the reference data every start loads (regions, checklist items, grant
 * rows): a Pj in Seruyan (62.07) with a sent and evaluated report, one in Paser (Kalimantan Timur,
 * 64.01), and a meeting with follow-ups in both provinces.
 */
@TestConfiguration(proxyBeanMethods = false)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApiData {

    public static final String SERUYAN = "62.07";
    public static final String PASER = "64.01";

    private final JdbcTemplate jdbc;
    private final HeadTenureService heads;
    private final PjReportService reports;
    private final EvaluationService evaluations;
    private final IndicatorService indicators;
    private final MeetingService meetings;
    private final FollowUpService followUps;

    /** Replaces every head of region with the two Pj of these tests; adds a meeting with four follow-ups. */
    public void headsReportsAndFollowUps(LocalDate today) {
        jdbc.update("delete from pj_evaluation_score");
        jdbc.update("delete from pj_evaluation");
        jdbc.update("delete from pj_report");
        jdbc.update("delete from head_tenure");
        Users.evaluator();
        try {
            var swornIn = today.minusMonths(7);
            var seruyan = heads.appoint(SERUYAN, LeadershipTestSupport.pjBupati("Djainuddin Noor", swornIn));
            heads.appoint(PASER, LeadershipTestSupport.pjBupati("Ahmad Jubaidi", swornIn));
            var first = reports.schedule(seruyan.id()).getFirst();
            var sent = reports.record(first.id(), new ReportDraft(first.dueOn().minusDays(2),
                    "https://jdih.kalteng.go.id/laporan/pj-seruyan-tw1.pdf", null, first.version()));
            var scores = new HashMap<Long, Integer>();
            indicators.active().forEach(i -> scores.put(i.id(), 80));
            evaluations.evaluate(sent.id(), new EvaluationDraft(scores, 85, Recommendation.DILANJUTKAN,
                    "Kinerja baik.", null));
            var meeting = meetings.save(null, new MeetingDraft(MeetingType.RAKOR_KESIAPAN_PILKADA, "Rakor Pilkada " + UUID.randomUUID(),
                    today.minusDays(10), "Ditjen Polpum", "Jakarta", false, "Kesiapan Pilkada.",
                    Set.of(SERUYAN, "62.71", PASER), null));
            followUps.assign(meeting.id(), new FollowUpDraft("Menyampaikan laporan Desk Pilkada",
                    ResponsibleUnit.KESBANGPOL, null, today.plusDays(14), Set.of(SERUYAN, "62.71", PASER)));
        } finally {
            Users.signOut();
        }
    }
}
