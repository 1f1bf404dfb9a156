package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

@RecordApplicationEvents
class ChecklistServiceTest extends KaltengStaffTest {

    static final String LINK = "https://kalteng.go.id/sk-desk-pilkada.pdf";

    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void juneTwentyTwentyFour() {
        clock.set(ChecklistTestSupport.JUNE_2024);
    }

    /** Saving the draft over the item is refused with this message on this field. */
    void assertRefused(long itemId, ChecklistItemDraft draft, String field, String message) {
        assertThatThrownBy(() -> checklists.update(itemId, draft)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, message));
    }

    /** Saves the item on top of its version as the signed-in user; done or not applicable, it waits for an evaluator. */
    private ChecklistItemDetails savedWaiting(ChecklistItemDetails item, ItemStatus status, String note, String link) {
        var saved = checklists.update(item.id(), new ChecklistItemDraft(status, note, link, item.version()));
        assertThat(saved.verification()).isEqualTo(Verification.WAITING);
        return saved;
    }

    ChecklistItemDetails done(String region, String code) {
        var item = item(region, code);
        return checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, "selesai", LINK, item.version()));
    }

    @Test
    void each_region_holding_a_pilkada_has_the_items_of_its_level() {
        Users.evaluator();
        assertThat(checklists.regionChecklist("62").items()).hasSize(22);
        assertThat(checklists.regionChecklist("62.71").items()).hasSize(25);
        assertThat(checklists.regionChecklist("34").items()).isEmpty();
        assertThat(checklists.regionChecklist("31.71").items()).isEmpty();
    }

    @Test
    void items_start_not_started_and_unverified() {
        assertThat(item("62.07", "KLB-01")).extracting(ChecklistItemDetails::status, ChecklistItemDetails::verification,
                ChecklistItemDetails::theme, ChecklistItemDetails::weight)
                .containsExactly(ItemStatus.BELUM, Verification.NONE, Theme.KELEMBAGAAN, 3);
    }

    @Test
    void an_item_marked_done_with_evidence_waits_for_an_evaluator() {
        var saved = done("62.07", "KLB-01");
        assertThat(saved.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(saved.evidenceKind()).isEqualTo(EvidenceKind.LINK);
        assertThat(saved.verification()).isEqualTo(Verification.WAITING);
        assertThat(saved.submittedAt()).isEqualTo(ChecklistTestSupport.JUNE_2024);
        assertThat(saved.updatedBy()).isEqualTo("test-staff-62");
        assertThat(saved.completedOn()).isEqualTo(java.time.LocalDate.of(2024, 6, 1));
    }

    @Test
    void done_without_required_evidence_is_refused_and_nothing_is_stored() {
        var item = item("62.07", "KLB-01");
        assertRefused(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, "", "", item.version()),
                "evidence", "checklist.error.evidence-required");
        assertThat(item("62.07", "KLB-01").status()).isEqualTo(ItemStatus.BELUM);
    }

    @Test
    void done_needs_no_evidence_where_none_is_required() {
        var item = item("62.07", "DNA-09");
        savedWaiting(item, ItemStatus.SELESAI, null, null);
    }

    @Test
    void not_applicable_needs_a_note_and_then_waits_for_an_evaluator() {
        var item = item("62.07", "DPL-01");
        assertRefused(item.id(), new ChecklistItemDraft(ItemStatus.TIDAK_BERLAKU, " ", null, item.version()),
                "note", "checklist.error.note-required");
        savedWaiting(item, ItemStatus.TIDAK_BERLAKU, "Pj tidak mencalonkan diri", null);
    }

    @Test
    void a_link_that_is_not_a_web_address_is_refused() {
        var item = item("62.07", "KLB-01");
        assertRefused(item.id(), new ChecklistItemDraft(ItemStatus.PROSES, null, "javascript:alert(1)", item.version()),
                "link", "checklist.error.link");
    }

    @Test
    void provincial_staff_cannot_write_another_province() {
        Users.staff("64");
        var item = item("64.01", "KLB-01");
        Users.staff("62");
        ChecklistTestSupport.assertInProgressRefused(checklists, item, AccessDeniedException.class);
        assertThatThrownBy(() -> checklists.regionChecklist("64.01")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadership_reads_but_cannot_write() {
        Users.leadership();
        var item = item("62.07", "KLB-01");
        ChecklistTestSupport.assertInProgressRefused(checklists, item, AccessDeniedException.class);
    }

    @Test
    void a_stale_save_is_refused_with_the_current_values() {
        var item = item("62.07", "KLB-02");
        checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.PROSES, "rapat pertama", null, item.version()));
        assertThatThrownBy(() -> checklists.update(item.id(),
                new ChecklistItemDraft(ItemStatus.BELUM, "mine", null, item.version())))
                .isInstanceOfSatisfying(StaleDataException.class, e -> assertThat(
                        ((ChecklistItemDetails) e.current()).note()).isEqualTo("rapat pertama"));
    }

    @Test
    void an_evaluator_verifies_a_waiting_item() {
        var waiting = done("62.07", "KLB-01");
        Users.evaluator();
        var verified = checklists.verify(waiting.id(), waiting.version());
        assertThat(verified.verification()).isEqualTo(Verification.VERIFIED);
        assertThat(verified.verifiedBy()).isEqualTo("test-evaluator");
    }

    @Test
    void provincial_staff_and_leadership_cannot_verify() {
        var waiting = done("62.07", "KLB-01");
        assertThatThrownBy(() -> checklists.verify(waiting.id(), waiting.version()))
                .isInstanceOf(AccessDeniedException.class);
        Users.leadership();
        assertThatThrownBy(() -> checklists.verify(waiting.id(), waiting.version()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(item("62.07", "KLB-01").verification()).isEqualTo(Verification.WAITING);
    }

    @Test
    void an_item_that_is_not_waiting_cannot_be_verified() {
        var item = item("62.07", "KLB-01");
        Users.evaluator();
        assertThatThrownBy(() -> checklists.verify(item.id(), item.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("verification", "checklist.error.not-waiting"));
    }

    @Test
    void returning_an_item_requires_a_reason() {
        var waiting = done("62.07", "KLB-01");
        Users.evaluator();
        assertThatThrownBy(() -> checklists.giveBack(waiting.id(), waiting.version(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("reason", "checklist.error.reason-required"));
        var returned = checklists.giveBack(waiting.id(), waiting.version(), "SK belum ditandatangani");
        assertThat(returned.verification()).isEqualTo(Verification.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("SK belum ditandatangani");
    }

    @Test
    void a_returned_item_closed_again_waits_again() {
        var waiting = done("62.07", "KLB-01");
        Users.evaluator();
        var returned = checklists.giveBack(waiting.id(), waiting.version(), "SK belum ditandatangani");
        Users.staff("62");
        savedWaiting(returned, ItemStatus.SELESAI, "SK sudah ditandatangani", LINK);
    }

    @Test
    void a_verified_item_changed_afterwards_waits_again_and_is_flagged() {
        var waiting = done("62.07", "KLB-01");
        Users.evaluator();
        var verified = checklists.verify(waiting.id(), waiting.version());
        Users.staff("62");
        var changed = savedWaiting(verified, ItemStatus.SELESAI, "SK revisi", "https://kalteng.go.id/sk-revisi.pdf");
        assertThat(changed.changedSinceVerification()).isTrue();
        Users.evaluator();
        assertThat(checklists.verify(changed.id(), changed.version()).changedSinceVerification()).isFalse();
    }

    @Test
    void several_items_are_verified_at_once_and_changed_ones_are_skipped() {
        var first = done("62.07", "KLB-01");
        var second = done("62.07", "KLB-03");
        var third = done("62.71", "KLB-01");
        Users.evaluator();
        var outcome = checklists.verifyAll(List.of(new ItemRef(first.id(), first.version()),
                new ItemRef(second.id(), second.version()), new ItemRef(third.id(), third.version() - 1)));
        assertThat(outcome.verified()).isEqualTo(2);
        assertThat(outcome.skipped()).containsExactly(third.id());
        assertThat(item("62.07", "KLB-03").verification()).isEqualTo(Verification.VERIFIED);
        assertThat(item("62.71", "KLB-01").verification()).isEqualTo(Verification.WAITING);
    }

    @Test
    void bulk_verification_by_provincial_staff_is_refused() {
        var first = done("62.07", "KLB-01");
        assertThatThrownBy(() -> checklists.verifyAll(List.of(new ItemRef(first.id(), first.version()))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_open_item_past_its_deadline_is_overdue_by_the_clock() {
        assertThat(item("62.07", "DNA-01").overdue()).isTrue();
        assertThat(item("62.07", "KAM-01").overdue()).isFalse();
        clock.set(java.time.Instant.parse("2024-11-21T02:00:00Z"));
        assertThat(item("62.07", "KAM-01").overdue()).isTrue();
    }

    @Test
    void a_done_item_is_never_overdue() {
        var item = item("62.07", "DNA-09");
        checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, null, null, item.version()));
        clock.set(java.time.Instant.parse("2024-12-01T02:00:00Z"));
        assertThat(item("62.07", "DNA-09").overdue()).isFalse();
    }

    @Test
    void readiness_is_the_weighted_share_of_verified_items_beside_the_self_reported_share() {
        var total = checklists.regionChecklist("62.07").current().stream().mapToInt(ChecklistItemDetails::weight).sum();
        var klb01 = done("62.07", "KLB-01");
        done("62.07", "KLB-03");
        var net01 = item("62.07", "DPL-01");
        var na = checklists.update(net01.id(),
                new ChecklistItemDraft(ItemStatus.TIDAK_BERLAKU, "Pj tidak mencalonkan diri", null, net01.version()));
        Users.evaluator();
        checklists.verify(klb01.id(), klb01.version());
        checklists.verify(na.id(), na.version());
        var readiness = checklists.regionChecklist("62.07").readiness();
        assertThat(readiness.verifiedWeight()).isEqualTo(3);
        assertThat(readiness.applicableWeight()).isEqualTo(total - 3);
        assertThat(readiness.reportedWeight()).isEqualTo(3 + 2);
        assertThat(readiness.reportedApplicableWeight()).isEqualTo(total - 3);
    }

    @Test
    void every_change_is_in_the_item_history() {
        var waiting = done("62.07", "KLB-01");
        Users.evaluator();
        checklists.giveBack(waiting.id(), waiting.version(), "Tanda tangan kurang");
        var history = checklists.history(waiting.id(), 50);
        assertThat(history).extracting(e -> e.field()).contains("status", "note", "evidence", "verification",
                "return-reason");
        assertThat(history).filteredOn(e -> e.field().equals("status")).singleElement()
                .satisfies(e -> {
                    assertThat(e.oldValue()).isEqualTo("BELUM");
                    assertThat(e.newValue()).isEqualTo("SELESAI");
                    assertThat(e.actor()).isEqualTo("test-staff-62");
                });
    }

    @Test
    void a_change_is_announced_with_the_item_and_its_version() {
        var saved = done("62.07", "KLB-01");
        assertThat(events.stream(ChecklistItemChanged.class)).containsExactly(
                new ChecklistItemChanged("62.07", saved.id(), saved.version()));
        assertThat(saved.version()).isPositive();
    }

    @Test
    void a_region_checklist_loads_with_the_same_few_statements_whatever_its_size() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        checklists.regionChecklist("62");
        var forProvince = statistics.getPrepareStatementCount();
        statistics.clear();
        checklists.regionChecklist("62.71");
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(forProvince).isLessThanOrEqualTo(3);
    }
}
