package id.go.kemendagri.siap.leadership;

import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.pjBupati;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Users;

@RecordApplicationEvents
class EvaluationServiceTest extends LeadershipServiceTest {

    private static final String SERUYAN = "62.07";

    @Autowired
    PjReportService reports;
    @Autowired
    EvaluationService service;
    @Autowired
    IndicatorService indicators;
    @Autowired
    AuditService audit;
    @Autowired
    LeadershipBoardService board;
    @Autowired
    ApplicationEvents events;

    private TenureDetails pj;
    private ReportSlot sent;

    @BeforeEach
    void aPjWithASentReport() {
        pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati Seruyan", LocalDate.of(2024, 5, 12)));
        var first = reports.schedule(pj.id()).getFirst();
        sent = reports.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "100/1/Pem", null, first.version()));
    }

    /** Scores for the eight seeded indicators: the first {@code met} at 85, the others at 40. */
    private Map<Long, Integer> scores(int met) {
        var scores = new HashMap<Long, Integer>();
        var i = 0;
        for (var indicator : indicators.active()) {
            scores.put(indicator.id(), i++ < met ? 85 : 40);
        }
        return scores;
    }

    @Test
    void a_sent_report_waits_on_the_evaluators_start_page_until_it_is_evaluated() {
        assertThat(board.countReportsToEvaluate()).isEqualTo(1);
        assertThat(board.reportsToEvaluate(8)).singleElement().satisfies(r -> {
            assertThat(r.regionCode()).isEqualTo(SERUYAN);
            assertThat(r.personName()).isEqualTo("Pj Bupati Seruyan");
            assertThat(r.periodNumber()).isEqualTo(1);
            assertThat(r.sentOn()).isEqualTo(LocalDate.of(2024, 8, 10));
            assertThat(r.daysWaiting()).as("10 Aug to 1 Oct").isEqualTo(52);
        });
        Users.staff("64");
        assertThat(board.countReportsToEvaluate()).as("another province's report").isZero();
        assertThat(board.reportsToEvaluate(8)).isEmpty();

        Users.evaluator();
        service.evaluate(sent.id(), new EvaluationDraft(scores(7), 82, Recommendation.DILANJUTKAN, null, null));

        assertThat(board.countReportsToEvaluate()).isZero();
        assertThat(board.reportsToEvaluate(8)).isEmpty();
    }

    @Test
    void seven_of_eight_indicators_met_is_baik_and_the_band_follows_the_neutrality_score() {
        var evaluation = service.evaluate(sent.id(), new EvaluationDraft(scores(7), 82, Recommendation.DILANJUTKAN,
                "Kinerja baik", null));

        assertThat(evaluation.indicatorsTotal()).isEqualTo(8);
        assertThat(evaluation.indicatorsMet()).isEqualTo(7);
        assertThat(evaluation.category()).isEqualTo(EvaluationCategory.BAIK);
        assertThat(evaluation.neutralityBand()).isEqualTo(NeutralityBand.HIJAU);
    }

    @Test
    void five_of_eight_is_cukup_and_four_of_eight_kurang() {
        var cukup = service.evaluate(sent.id(), new EvaluationDraft(scores(5), 65, Recommendation.TEGURAN, null, null));
        assertThat(cukup.category()).isEqualTo(EvaluationCategory.CUKUP);
        assertThat(cukup.neutralityBand()).isEqualTo(NeutralityBand.KUNING);

        var kurang = service.evaluate(sent.id(), new EvaluationDraft(scores(4), 40, Recommendation.DIGANTI, null,
                cukup.version()));
        assertThat(kurang.category()).isEqualTo(EvaluationCategory.KURANG);
        assertThat(kurang.neutralityBand()).isEqualTo(NeutralityBand.MERAH);
    }

    @Test
    void the_latest_evaluation_is_the_tenures_last_category_and_band() {
        service.evaluate(sent.id(), new EvaluationDraft(scores(8), 90, Recommendation.DILANJUTKAN, null, null));

        var current = tenures.current(SERUYAN).orElseThrow();
        assertThat(current.lastCategory()).isEqualTo(EvaluationCategory.BAIK);
        assertThat(current.lastBand()).isEqualTo(NeutralityBand.HIJAU);
        assertThat(reports.schedule(pj.id()).getFirst().category()).isEqualTo(EvaluationCategory.BAIK);
    }

    @Test
    void an_evaluation_is_audited_announced_and_listed_with_its_scores() {
        var evaluation = service.evaluate(sent.id(), new EvaluationDraft(scores(6), 75, Recommendation.PERHATIAN_KHUSUS,
                "Stunting belum turun", null));

        assertThat(audit.history(EvaluationService.AUDIT_ENTITY, Long.toString(evaluation.id()), 20))
                .extracting(e -> e.field()).contains("category", "neutralityScore", "recommendation", "note");
        assertThat(events.stream(PjEvaluationRecorded.class)).hasSize(1);
        assertThat(service.ofTenure(pj.id())).singleElement().satisfies(e -> {
            assertThat(e.scores()).hasSize(8);
            assertThat(e.periodNumber()).isEqualTo(1);
            assertThat(e.note()).isEqualTo("Stunting belum turun");
        });
    }

    @Test
    void a_score_out_of_range_is_refused_and_nothing_is_stored() {
        var scores = scores(8);
        scores.put(scores.keySet().iterator().next(), 101);

        assertThatThrownBy(() -> service.evaluate(sent.id(), new EvaluationDraft(scores, 80, Recommendation.DILANJUTKAN,
                null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("scores", "leadership.error.score-range"));
        assertThat(service.ofTenure(pj.id())).isEmpty();
    }

    @Test
    void a_neutrality_score_out_of_range_is_refused() {
        assertThatThrownBy(() -> service.evaluate(sent.id(), new EvaluationDraft(scores(8), -1,
                Recommendation.DILANJUTKAN, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("neutralityScore", "leadership.error.neutrality"));
        assertThatThrownBy(() -> service.evaluate(sent.id(), new EvaluationDraft(scores(8), 101,
                Recommendation.DILANJUTKAN, null, null))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_missing_indicator_score_or_recommendation_is_refused() {
        var scores = scores(8);
        scores.remove(scores.keySet().iterator().next());

        assertThatThrownBy(() -> service.evaluate(sent.id(), new EvaluationDraft(scores, 80, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("scores", "leadership.error.scores-incomplete").containsKey("recommendation"));
    }

    @Test
    void a_report_not_yet_sent_cannot_be_evaluated() {
        var second = reports.schedule(pj.id()).get(1);

        assertThatThrownBy(() -> service.evaluate(second.id(), new EvaluationDraft(scores(8), 80,
                Recommendation.DILANJUTKAN, null, null))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("report", "leadership.error.report-not-sent"));
    }

    @Test
    void an_evaluation_saved_on_a_stale_version_is_refused() {
        var first = service.evaluate(sent.id(), new EvaluationDraft(scores(8), 90, Recommendation.DILANJUTKAN, null, null));
        service.evaluate(sent.id(), new EvaluationDraft(scores(7), 90, Recommendation.DILANJUTKAN, null, first.version()));

        assertThatThrownBy(() -> service.evaluate(sent.id(), new EvaluationDraft(scores(2), 10, Recommendation.DIGANTI,
                null, first.version()))).isInstanceOf(StaleDataException.class);
        assertThat(service.ofTenure(pj.id()).getFirst().indicatorsMet()).isEqualTo(7);
    }

    @Test
    void provincial_staff_and_leadership_may_not_evaluate() {
        Users.staff("62");
        assertThatThrownBy(() -> service.evaluate(sent.id(), new EvaluationDraft(scores(8), 90,
                Recommendation.DILANJUTKAN, null, null))).isInstanceOf(AccessDeniedException.class);
        Users.leadership();
        assertThatThrownBy(() -> service.evaluate(sent.id(), new EvaluationDraft(scores(8), 90,
                Recommendation.DILANJUTKAN, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.ofTenure(pj.id())).isEmpty();
    }

    @Test
    void the_preview_counts_unscored_indicators_as_not_met() {
        var preview = service.preview(java.util.Arrays.asList(90, 90, 90, 90, 90, null, null, 150), 8, 59);

        assertThat(preview.met()).isEqualTo(5);
        assertThat(preview.scored()).isEqualTo(5);
        assertThat(preview.category()).isEqualTo(EvaluationCategory.CUKUP);
        assertThat(preview.band()).isEqualTo(NeutralityBand.MERAH);
    }
}
