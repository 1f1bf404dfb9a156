package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.budget.TransferDraft;
import id.go.kemendagri.siap.support.MovableClockTest;
import id.go.kemendagri.siap.support.Users;

/**
 * Derived items end to end (issue 19): a change of the grant, committed by the budget feature, reaches the region's
 * checklist item after commit (status, day, source in words, link, audit entry, live event); staff cannot set
 * another status; the evaluator verifies it as any other item; readiness counts it. Not transactional: the items
 * follow the source only after a commit. Region 74.01 is reset before each test.
 */
@RecordApplicationEvents
class DerivedItemsTest extends MovableClockTest {

    static final String REGION = "74.01";
    static final long AGREED = 12_000_000_000L;

    @Autowired
    BudgetService budget;
    @Autowired
    ChecklistService checklists;
    @Autowired
    DerivedItems derived;
    @Autowired
    AuditService audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void reset() {
        today(java.time.LocalDate.of(2024, 7, 1));
        ChecklistTestSupport.resetGrants(jdbc, REGION);
        jdbc.update("""
                update checklist_item set status = 'BELUM', note = null, evidence_kind = 'NONE', evidence_link = null,
                    verification = 'NONE', changed_since_verification = false, return_reason = null, submitted_at = null,
                    verified_at = null, verified_by = null, completed_on = null, source_status = null,
                    source_text_id = null, source_text_en = null, source_link = null, version = version + 1
                where region_code = ?""", REGION);
        derived.recompute(REGION);
        Users.staff("74");
    }

    ChecklistItemDetails item(String code) {
        return ChecklistTestSupport.itemOf(checklists, REGION, code);
    }

    void sign(Recipient recipient, LocalDate on) {
        var grant = budget.find(REGION, recipient);
        budget.save(REGION, recipient, new GrantDraft(SigningStage.SIGNED, Scheme.TRANCHES, AGREED, AGREED,
                "NPHD/74/2024", on, 40, grant.version()));
    }

    @Test
    void kpuNphdSignedMakesDna03Done() {
        assertThat(item("DNA-03").status()).isEqualTo(ItemStatus.BELUM);
        assertThat(item("DNA-03").sourceText(null)).isEqualTo("NPHD KPU: belum diusulkan");

        sign(Recipient.KPU, LocalDate.of(2024, 6, 12));

        var dna03 = item("DNA-03");
        assertThat(dna03.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(dna03.completedOn()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(dna03.derivedFrom()).isEqualTo(DerivedSource.NPHD_KPU);
        assertThat(dna03.sourceText(null)).isEqualTo("NPHD KPU: ditandatangani 12 Jun 2024 (NPHD/74/2024)");
        assertThat(dna03.sourceText(java.util.Locale.ENGLISH)).isEqualTo("NPHD KPU: signed 12 Jun 2024 (NPHD/74/2024)");
        assertThat(dna03.sourceLink()).isEqualTo("wilayah/74.01?buka=hibah-kpu");
        assertThat(dna03.verification()).as("sent to the evaluators like a region's answer")
                .isEqualTo(Verification.WAITING);
        assertThat(audit.history(ChecklistService.AUDIT_ENTITY, Long.toString(dna03.id()), 10))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("DERIVED");
                    assertThat(entry.field()).isEqualTo("source");
                    assertThat(entry.newValue()).isEqualTo("Status diturunkan dari NPHD KPU: ditandatangani 12 Jun 2024 (NPHD/74/2024)");
                });
        assertThat(events.stream(ChecklistItemChanged.class)).as("pushed live like other checklist changes")
                .anySatisfy(e -> assertThat(e.itemId()).isEqualTo(dna03.id()));
        assertThat(item("DNA-04").status()).as("Bawaslu's NPHD is another item").isEqualTo(ItemStatus.BELUM);
    }

    @Test
    void staffCannotContradictDerivedItem() {
        sign(Recipient.KPU, LocalDate.of(2024, 6, 12));
        var dna03 = item("DNA-03");

        assertThatThrownBy(() -> checklists.update(dna03.id(), new ChecklistItemDraft(ItemStatus.BELUM, "", "",
                dna03.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("status", "checklist.error.derived"));
        assertThat(item("DNA-03").status()).isEqualTo(ItemStatus.SELESAI);

        var noted = checklists.update(dna03.id(), new ChecklistItemDraft(ItemStatus.SELESAI,
                "Salinan NPHD ada di Kesbangpol.", "", dna03.version()));
        assertThat(noted.note()).as("a note needs no evidence: the grant is the evidence")
                .isEqualTo("Salinan NPHD ada di Kesbangpol.");
        assertThat(noted.status()).isEqualTo(ItemStatus.SELESAI);
    }

    @Test
    void theEvaluatorVerifiesADerivedItemAndReadinessCountsIt() {
        var before = checklists.regionChecklist(REGION).readiness();
        sign(Recipient.KPU, LocalDate.of(2024, 6, 12));
        var after = checklists.regionChecklist(REGION).readiness();
        assertThat(after.reportedWeight()).as("readiness reads the stored, derived status")
                .isEqualTo(before.reportedWeight() + 3);

        Users.evaluator();
        var dna03 = item("DNA-03");
        var verified = checklists.verify(dna03.id(), dna03.version());
        assertThat(verified.verification()).as("no evidence needed: the grant is the evidence")
                .isEqualTo(Verification.VERIFIED);
    }

    @Test
    void securityGrantNotApplicableMakesItsItemNotApplicableNotMissing() {
        var tni = budget.find(REGION, Recipient.TNI);
        budget.markNotApplicable(REGION, Recipient.TNI, "Pengamanan dibiayai APBN", tni.version());

        var dna05 = item("DNA-05");
        assertThat(dna05.status()).isEqualTo(ItemStatus.TIDAK_BERLAKU);
        assertThat(dna05.sourceText(null)).contains("Pengamanan dibiayai APBN");

        var current = budget.find(REGION, Recipient.TNI);
        budget.clearNotApplicable(REGION, Recipient.TNI, current.version());
        assertThat(item("DNA-05").status()).as("counts again, missing until signed").isEqualTo(ItemStatus.BELUM);
    }

    @Test
    void trancheOneTransferredToEveryApplicableRecipientMakesDna07Done() {
        var today = LocalDate.of(2024, 7, 1);
        for (var recipient : new Recipient[] {Recipient.TNI, Recipient.POLRI}) {
            budget.markNotApplicable(REGION, recipient, "Dibiayai APBN", budget.find(REGION, recipient).version());
        }
        sign(Recipient.KPU, LocalDate.of(2024, 6, 10));
        sign(Recipient.BAWASLU, LocalDate.of(2024, 6, 10));
        var kpu = budget.find(REGION, Recipient.KPU);
        budget.addTransfer(REGION, Recipient.KPU, new TransferDraft(1, today, AGREED * 40 / 100, "SP2D-74-1", kpu.version()));
        assertThat(item("DNA-07").status()).isEqualTo(ItemStatus.PROSES);

        var bawaslu = budget.find(REGION, Recipient.BAWASLU);
        budget.addTransfer(REGION, Recipient.BAWASLU, new TransferDraft(1, today, AGREED * 40 / 100, "SP2D-74-2",
                bawaslu.version()));

        var dna07 = item("DNA-07");
        assertThat(dna07.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(dna07.completedOn()).isEqualTo(today);
        assertThat(dna07.sourceText(null)).startsWith("Tahap I tersalurkan penuh kepada 2 penerima");
        assertThat(item("DNA-08").status()).as("no tranche II money yet").isEqualTo(ItemStatus.BELUM);
    }
}
