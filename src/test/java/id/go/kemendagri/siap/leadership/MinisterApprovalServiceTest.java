package id.go.kemendagri.siap.leadership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Users;

/**
 * Controls on a Pj's authority (issue 19): the register of the Minister's written approvals, and the alert for
 * staff transfers in the six months before candidate determination (2024: 22 March - 22 September) without one.
 */
class MinisterApprovalServiceTest extends LeadershipServiceTest {

    private static final String SERUYAN = "62.07";

    @Autowired
    MinisterApprovalService approvals;
    @Autowired
    AuditService audit;

    private static ApprovalDraft transfer(String on, String number, String approvedOn) {
        return new ApprovalDraft(ApprovalKind.STAFF_TRANSFER, "Mutasi 12 pejabat administrator", LocalDate.parse(on),
                number, approvedOn == null ? null : LocalDate.parse(approvedOn), null);
    }

    @Test
    void transfers_without_approval_in_the_six_months_before_candidate_determination_are_alerts() {
        assertThat(approvals.window()).hasValue(new MinisterApprovalService.Window(LocalDate.of(2024, 3, 22),
                LocalDate.of(2024, 9, 22)));

        var unapproved = approvals.save(null, SERUYAN, transfer("2024-06-01", null, null));
        var approved = approvals.save(null, SERUYAN, transfer("2024-06-03", "100.2.2.6/1234/OTDA", "2024-05-20"));
        var earlier = approvals.save(null, SERUYAN, transfer("2024-01-10", null, null));
        var approvedLate = approvals.save(null, SERUYAN, transfer("2024-07-01", "100.2.2.6/2222/OTDA", "2024-07-10"));
        var policy = approvals.save(null, SERUYAN, new ApprovalDraft(ApprovalKind.NEW_POLICY, "Perbup tentang retribusi",
                LocalDate.of(2024, 6, 5), null, null, null));

        assertThat(unapproved.alert()).isTrue();
        assertThat(approved.alert()).isFalse();
        assertThat(approved.approvedBefore()).isTrue();
        assertThat(earlier.alert()).as("before the window").isFalse();
        assertThat(approvedLate.alert()).as("approved only after the transfer").isTrue();
        assertThat(policy.alert()).as("only transfers are alerts").isFalse();
        assertThat(approvals.count(null, true)).isEqualTo(2);
        assertThat(approvals.page(null, true, PageRequest.of(0, 10))).extracting(ApprovalDetails::id)
                .containsExactly(approvedLate.id(), unapproved.id());
        assertThat(approvals.count(SERUYAN, false)).isEqualTo(5);
        assertThat(audit.history(MinisterApprovalService.AUDIT_ENTITY, Long.toString(unapproved.id()), 5))
                .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("CREATE"));
    }

    @Test
    void the_register_checks_every_value_on_the_server() {
        assertThatThrownBy(() -> approvals.save(null, SERUYAN, transfer("2024-06-01", "100.2.2.6/1234", null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("approvedOn", "leadership.error.approval.both"));
        assertThatThrownBy(() -> approvals.save(null, SERUYAN, transfer("2024-06-01", "100.2.2.6/1234", "2030-01-01")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("approvedOn"));
        assertThatThrownBy(() -> approvals.save(null, SERUYAN, new ApprovalDraft(null, "x", null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("kind", "subject", "actionOn"));
        assertThat(approvals.count(null, false)).as("nothing stored").isZero();
    }

    @Test
    void staff_record_for_their_own_province_only_and_a_stale_change_is_refused() {
        Users.staff("62");
        var entry = approvals.save(null, SERUYAN, transfer("2024-06-01", null, null));
        assertThatThrownBy(() -> approvals.save(null, "72.01", transfer("2024-06-01", null, null)))
                .isInstanceOf(AccessDeniedException.class);
        Users.staff("72");
        assertThat(approvals.count(null, false)).as("another province sees none").isZero();

        Users.evaluator();
        var changed = approvals.save(entry.id(), SERUYAN, new ApprovalDraft(ApprovalKind.STAFF_TRANSFER, entry.subject(),
                entry.actionOn(), "100.2.2.6/1234/OTDA", LocalDate.of(2024, 5, 30), entry.version()));
        assertThat(changed.alert()).isFalse();
        assertThatThrownBy(() -> approvals.save(entry.id(), SERUYAN, new ApprovalDraft(ApprovalKind.STAFF_TRANSFER,
                "Mutasi lain", entry.actionOn(), null, null, entry.version()))).isInstanceOf(StaleDataException.class);
        assertThat(approvals.find(entry.id())).as("the stored entry, for the comparison of a stale save")
                .hasValueSatisfying(now -> assertThat(now.version()).isEqualTo(changed.version()));
        Users.staff("72");
        assertThatThrownBy(() -> approvals.find(entry.id())).isInstanceOf(AccessDeniedException.class);

        Users.evaluator();
        approvals.delete(changed.id(), changed.version());
        assertThat(approvals.count(null, false)).isZero();
        assertThat(approvals.find(entry.id())).isEmpty();
    }
}
