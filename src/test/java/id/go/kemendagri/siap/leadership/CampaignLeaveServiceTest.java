package id.go.kemendagri.siap.leadership;

import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.electedBupati;
import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.pjBupati;
import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.pjsForTheCampaign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Users;

/**
 * Campaign leave and Pjs (issue 19): an elected head who runs again keeps the tenure, is on leave for the cycle's
 * campaign stage (2024: 25 Sep - 23 Nov) while a Pjs designated by the Minister acts, and is back the day after.
 */
class CampaignLeaveServiceTest extends LeadershipServiceTest {

    private static final String SERUYAN = "62.07";

    @Autowired
    CampaignLeaveService leaves;
    @Autowired
    LeadershipBoardService board;
    @Autowired
    AuditService audit;

    @Test
    void campaign_leave_the_head_keeps_the_tenure_and_a_pjs_acts_for_the_campaign_stage() {
        var head = tenures.appoint(SERUYAN, electedBupati("H. Yulhaidir"));

        var onLeave = leaves.record(head.id(), pjsForTheCampaign("Drs. Pjs Seruyan", head.version()));

        assertThat(onLeave.id()).as("the same tenure").isEqualTo(head.id());
        assertThat(onLeave.active()).isTrue();
        assertThat(onLeave.status()).isEqualTo(HeadStatus.DEFINITIF);
        var leave = onLeave.leave();
        assertThat(leave.startsOn()).isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(leave.endsOn()).isEqualTo(LocalDate.of(2024, 11, 23));
        assertThat(leave.returnsOn()).isEqualTo(LocalDate.of(2024, 11, 24));
        assertThat(leave.pjsNip()).isEqualTo("197003152000031002");
        assertThat(leave.onLeave(LeadershipTestSupport.TODAY)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from head_tenure where region_code = ?", Integer.class, SERUYAN))
                .as("no second tenure for the Pjs").isEqualTo(1);
        assertThat(tenures.current(SERUYAN)).get().extracting(TenureDetails::personName).isEqualTo("H. Yulhaidir");
        assertThat(board.summary(null).onCampaignLeave()).isEqualTo(1);
        assertThat(audit.history(HeadTenureService.AUDIT_ENTITY, Long.toString(head.id()), 10))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("CAMPAIGN_LEAVE"));

        clock.setToday(LocalDate.of(2024, 11, 24));
        var back = tenures.current(SERUYAN).orElseThrow();
        assertThat(back.leave().onLeave(back.asOf())).as("back in office the day after the campaign").isFalse();
        assertThat(board.summary(null).onCampaignLeave()).isZero();
    }

    @Test
    void campaign_leave_is_for_an_elected_head_only_and_the_pjs_is_checked() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati Seruyan", LocalDate.of(2024, 5, 12)));
        assertThatThrownBy(() -> leaves.record(pj.id(), pjsForTheCampaign("Drs. Pjs", pj.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("status", "leadership.error.leave.elected-only"));

        var head = tenures.appoint("62.08", electedBupati("Bupati Sukamara"));
        var badNip = new CampaignLeaveDraft("P", "1970", null, "", null, head.version());
        assertThatThrownBy(() -> leaves.record(head.id(), badNip)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("pjsName", "pjsNip", "decreeNumber"));
        assertThat(tenures.current("62.08").orElseThrow().leave()).as("nothing stored").isNull();
    }

    @Test
    void campaign_leave_the_pjs_decree_is_dated_not_after_today_nor_after_the_leave_starts() {
        var head = tenures.appoint(SERUYAN, electedBupati("H. Yulhaidir"));

        assertThatThrownBy(() -> leaves.record(head.id(), decreedOn(head.version(), LeadershipTestSupport.TODAY.plusDays(1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("decreeDate", "leadership.error.leave.decree-date-future"));
        assertThatThrownBy(() -> leaves.record(head.id(), decreedOn(head.version(), LocalDate.of(2024, 9, 26))))
                .as("after the leave's first day").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("decreeDate", "leadership.error.leave.decree-date-late"));
        assertThatThrownBy(() -> leaves.record(head.id(), decreedOn(head.version(), LocalDate.of(2020, 1, 6))))
                .as("before the head was sworn in").isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("decreeDate", "leadership.error.leave.decree-date-early"));
        assertThat(tenures.current(SERUYAN).orElseThrow().leave()).as("nothing stored").isNull();

        var recorded = leaves.record(head.id(), decreedOn(head.version(), LocalDate.of(2024, 9, 25)));

        assertThat(recorded.leave().decreeDate()).as("on the leave's first day at the latest").isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(audit.history(HeadTenureService.AUDIT_ENTITY, Long.toString(head.id()), 10))
                .anySatisfy(entry -> assertThat(entry.field()).isEqualTo("leaveDecreeDate"));
    }

    private static CampaignLeaveDraft decreedOn(long version, LocalDate day) {
        var draft = pjsForTheCampaign("Drs. Pjs Seruyan", version);
        return new CampaignLeaveDraft(draft.pjsName(), draft.pjsNip(), draft.pjsOrigin(), draft.decreeNumber(), day, version);
    }

    @Test
    void campaign_leave_a_stale_form_is_refused_staff_may_not_record_and_a_mistake_can_be_cancelled() {
        var head = tenures.appoint(SERUYAN, electedBupati("H. Yulhaidir"));
        var recorded = leaves.record(head.id(), pjsForTheCampaign("Drs. Pjs Seruyan", head.version()));

        assertThatThrownBy(() -> leaves.record(head.id(), pjsForTheCampaign("Pjs Lain", head.version())))
                .isInstanceOf(StaleDataException.class);
        Users.staff("62");
        assertThatThrownBy(() -> leaves.record(head.id(), pjsForTheCampaign("Pjs Lain", recorded.version())))
                .isInstanceOf(AccessDeniedException.class);
        Users.evaluator();

        var cancelled = leaves.cancel(head.id(), recorded.version());

        assertThat(cancelled.leave()).isNull();
        assertThat(cancelled.active()).isTrue();
        assertThat(audit.history(HeadTenureService.AUDIT_ENTITY, Long.toString(head.id()), 10))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("LEAVE_CANCELLED"));
    }
}
