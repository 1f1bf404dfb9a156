package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.budget.GrantDetails;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.budget.TrancheStatus;
import id.go.kemendagri.siap.budget.TransferDetails;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.HeadFacts.EvaluationFact;
import id.go.kemendagri.siap.leadership.HeadFacts.RegionHeads;
import id.go.kemendagri.siap.leadership.HeadFacts.TenureFact;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.NeutralityBand;

/** What each derived item's source says (docs/checklist.md, "Derived items"), without a database. */
class DerivedRulesTest {

    static final String REGION = "74.01";
    static final LocalDate CYCLE_START = LocalDate.of(2024, 1, 1);
    static final long AGREED = 10_000_000_000L;

    static GrantDetails grant(Recipient recipient, SigningStage stage, LocalDate signedOn, String notApplicable,
            TransferDetails... transfers) {
        var tranches = new ArrayList<TrancheStatus>();
        if (stage == SigningStage.SIGNED) {
            tranches.add(new TrancheStatus(1, 40, AGREED * 40 / 100, signedOn.plusDays(20), 0, false, false));
            tranches.add(new TrancheStatus(2, 60, AGREED * 60 / 100, LocalDate.of(2024, 6, 27), 0, false, false));
        }
        return new GrantDetails(1, REGION, recipient, stage, Scheme.TRANCHES, AGREED, stage == SigningStage.SIGNED ? AGREED : null,
                stage == SigningStage.SIGNED ? "NPHD/7/2024" : null, signedOn, 40,
                List.of(transfers).stream().mapToLong(TransferDetails::amount).sum(), null, false, tranches,
                List.of(transfers), false, null, null, 0, notApplicable);
    }

    static TransferDetails transfer(int tranche, LocalDate date, long amount) {
        return new TransferDetails(date.toEpochDay(), tranche, date, amount, "SP2D-" + date, false, null, null);
    }

    static TenureFact tenure(HeadStatus status, boolean active, LocalDate endedOn, EndReason reason) {
        return new TenureFact(1, REGION, status, "Nama Kepala", LocalDate.of(2022, 5, 22), endedOn, reason, active,
                null, null, null, null, LocalDate.of(2024, 9, 1));
    }

    @Test
    void kpuNphdSignedMakesDna03Done() {
        var signed = grant(Recipient.KPU, SigningStage.SIGNED, LocalDate.of(2024, 6, 12), null);

        var derived = DerivedRules.derive(DerivedSource.NPHD_KPU, REGION, List.of(signed), RegionHeads.NONE, CYCLE_START);

        assertThat(derived.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(derived.on()).isEqualTo(LocalDate.of(2024, 6, 12));
        assertThat(derived.textId()).isEqualTo("NPHD KPU: ditandatangani 12 Jun 2024 (NPHD/7/2024)");
        assertThat(derived.link()).as("the grant of that recipient").isEqualTo("wilayah/74.01?buka=hibah-kpu");
    }

    @Test
    void an_nphd_under_way_is_in_progress_and_one_not_proposed_is_not_started() {
        assertThat(DerivedRules.nphd(REGION, List.of(grant(Recipient.BAWASLU, SigningStage.AGREED, null, null)),
                Recipient.BAWASLU).status()).isEqualTo(ItemStatus.PROSES);
        assertThat(DerivedRules.nphd(REGION, List.of(grant(Recipient.BAWASLU, SigningStage.NOT_PROPOSED, null, null)),
                Recipient.BAWASLU).status()).isEqualTo(ItemStatus.BELUM);
        assertThat(DerivedRules.nphd(REGION, List.of(), Recipient.BAWASLU)).as("no grant row: silent").isNull();
    }

    @Test
    void securityGrantNotApplicableMakesItsItemNotApplicableNotMissing() {
        var tni = grant(Recipient.TNI, SigningStage.NOT_PROPOSED, null, "Pengamanan dibiayai APBN");

        var derived = DerivedRules.nphd(REGION, List.of(tni), Recipient.TNI);

        assertThat(derived.status()).isEqualTo(ItemStatus.TIDAK_BERLAKU);
        assertThat(derived.textId()).contains("tidak berlaku").contains("Pengamanan dibiayai APBN");
    }

    @Test
    void tranchesTransferredInFullToEveryApplicableRecipientMakeDna07AndDna08Done() {
        var signedOn = LocalDate.of(2023, 11, 10);
        var kpu = grant(Recipient.KPU, SigningStage.SIGNED, signedOn, null,
                transfer(1, LocalDate.of(2023, 11, 20), AGREED * 40 / 100), transfer(2, LocalDate.of(2024, 6, 20), AGREED * 60 / 100));
        var bawaslu = grant(Recipient.BAWASLU, SigningStage.SIGNED, signedOn, null,
                transfer(1, LocalDate.of(2023, 12, 15), AGREED * 40 / 100));
        var tni = grant(Recipient.TNI, SigningStage.NOT_PROPOSED, null, "Dibiayai APBN");

        var first = DerivedRules.tranche(REGION, List.of(kpu, bawaslu, tni), 1);
        var second = DerivedRules.tranche(REGION, List.of(kpu, bawaslu, tni), 2);

        assertThat(first.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(first.on()).as("the day the last recipient got its tranche").isEqualTo(LocalDate.of(2023, 12, 15));
        assertThat(first.textId()).isEqualTo("Tahap I tersalurkan penuh kepada 2 penerima, terakhir 15 Des 2023, 1 terlambat");
        assertThat(second.status()).as("Bawaslu's tranche II is still missing").isEqualTo(ItemStatus.PROSES);
        assertThat(second.textId()).isEqualTo("Tahap II tersalurkan penuh kepada 1 dari 2 penerima");
        assertThat(first.link()).as("the transfer that completed the tranche last")
                .isEqualTo("wilayah/74.01?buka=penyaluran-" + LocalDate.of(2023, 12, 15).toEpochDay());
        assertThat(second.link()).as("the tranche of the first recipient still waiting for it")
                .isEqualTo("wilayah/74.01?buka=tahap-2-bawaslu");
        assertThat(DerivedRules.tranche(REGION, List.of(grant(Recipient.KPU, SigningStage.AGREED, null, null)), 1).status())
                .isEqualTo(ItemStatus.BELUM);
    }

    @Test
    void pjWhoStoodDownToRunMakesNet01Done() {
        var heads = new RegionHeads(List.of(tenure(HeadStatus.PJ, true, null, null),
                tenure(HeadStatus.PJ, false, LocalDate.of(2024, 7, 17), EndReason.RUNNING_IN_PILKADA)), List.of());

        var derived = DerivedRules.pjResigned(REGION, heads, CYCLE_START);

        assertThat(derived.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(derived.on()).isEqualTo(LocalDate.of(2024, 7, 17));
        assertThat(derived.link()).as("the Pj's tenure").isEqualTo("wilayah/74.01?buka=masa-jabatan-1");
    }

    @Test
    void noPjInTheCycleMakesNet01NotApplicableAndAPjInOfficeLeavesItByHand() {
        assertThat(DerivedRules.pjResigned(REGION, new RegionHeads(List.of(tenure(HeadStatus.DEFINITIF, true, null, null)),
                List.of()), CYCLE_START).status()).isEqualTo(ItemStatus.TIDAK_BERLAKU);
        assertThat(DerivedRules.pjResigned(REGION, new RegionHeads(List.of(tenure(HeadStatus.PJ, true, null, null)),
                List.of()), CYCLE_START)).as("whether the Pj runs is not in the data").isNull();
        assertThat(DerivedRules.pjResigned(REGION, RegionHeads.NONE, CYCLE_START)).as("no head recorded").isNull();
    }

    @Test
    void anEvaluationInTheCycleReportsTheNeutralityScoreForNet02() {
        var heads = new RegionHeads(List.of(tenure(HeadStatus.PJ, true, null, null)), List.of(
                new EvaluationFact(2, 1, REGION, 81, NeutralityBand.HIJAU, LocalDate.of(2024, 10, 2)),
                new EvaluationFact(1, 1, REGION, 70, NeutralityBand.KUNING, LocalDate.of(2024, 7, 3))));

        var derived = DerivedRules.neutrality(REGION, heads, CYCLE_START);

        assertThat(derived.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(derived.on()).as("first reported").isEqualTo(LocalDate.of(2024, 7, 3));
        assertThat(derived.textId()).isEqualTo("Skor netralitas ASN 81 (HIJAU) dinilai 2 Okt 2024");
        assertThat(DerivedRules.neutrality(REGION, RegionHeads.NONE, CYCLE_START)).isNull();
    }

    @Test
    void campaignLeaveWithAPjsMakesNet04DoneAndAPjInOfficeMakesItNotApplicable() {
        var onLeave = new TenureFact(1, REGION, HeadStatus.DEFINITIF, "H. Petahana", LocalDate.of(2021, 2, 26), null,
                null, true, LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23), "Drs. Pjs", "100.2.1.3-123/2024",
                LocalDate.of(2024, 9, 20));
        var derived = DerivedRules.pjsAppointed(REGION, new RegionHeads(List.of(onLeave), List.of()));
        assertThat(derived.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(derived.on()).isEqualTo(LocalDate.of(2024, 9, 20));
        assertThat(derived.textId()).startsWith("Pjs Drs. Pjs ditunjuk (100.2.1.3-123/2024, 20 Sep 2024)");
        assertThat(derived.link()).as("the incumbent's tenure, with the leave").isEqualTo("wilayah/74.01?buka=masa-jabatan-1");

        assertThat(DerivedRules.pjsAppointed(REGION, new RegionHeads(List.of(tenure(HeadStatus.PJ, true, null, null)),
                List.of())).status()).isEqualTo(ItemStatus.TIDAK_BERLAKU);
        assertThat(DerivedRules.pjsAppointed(REGION, new RegionHeads(List.of(tenure(HeadStatus.DEFINITIF, true, null,
                null)), List.of()))).as("an elected head who may not run").isNull();
    }

    @Test
    void net04IsDoneOnThePjsDecreeDateOrWithoutOneOnTheLeaveStartNeverTheLastChange() {
        var decreed = leave(LocalDate.of(2024, 9, 18));
        var unknown = leave(null);

        assertThat(DerivedRules.pjsAppointed(REGION, new RegionHeads(List.of(decreed), List.of())).on())
                .as("the Kepmendagri's day").isEqualTo(LocalDate.of(2024, 9, 18));
        var fallback = DerivedRules.pjsAppointed(REGION, new RegionHeads(List.of(unknown), List.of()));
        assertThat(fallback.on()).as("a leave recorded before the decree's date was asked for: its first day")
                .isEqualTo(LocalDate.of(2024, 9, 25));
        assertThat(fallback.textId()).startsWith("Pjs Drs. Pjs ditunjuk (100.2.1.3-123/2024) selama cuti kampanye");
    }

    @Test
    void eachSourceLinksToItsRecordNotToTheSection() {
        assertThat(DerivedRules.neutrality(REGION, new RegionHeads(List.of(tenure(HeadStatus.PJ, true, null, null)), List.of(
                new EvaluationFact(7, 1, REGION, 81, NeutralityBand.HIJAU, LocalDate.of(2024, 10, 2)))), CYCLE_START).link())
                .as("the latest evaluation").isEqualTo("wilayah/74.01?buka=evaluasi-7");
        assertThat(DerivedRules.pjResigned(REGION, new RegionHeads(List.of(tenure(HeadStatus.DEFINITIF, true, null, null)),
                List.of()), CYCLE_START).link()).as("no Pj: the head of the cycle").isEqualTo("wilayah/74.01?buka=masa-jabatan-1");
        assertThat(DerivedRules.tranche(REGION, List.of(grant(Recipient.KPU, SigningStage.AGREED, null, null)), 1).link())
                .as("nothing signed: the grant").isEqualTo("wilayah/74.01?buka=hibah-kpu");
        var kpu = grant(Recipient.KPU, SigningStage.SIGNED, LocalDate.of(2024, 6, 1), null);
        assertThat(DerivedRules.tranche(REGION, List.of(kpu), 1).link()).isEqualTo("wilayah/74.01?buka=tahap-1-kpu");
        assertThat(DerivedRules.nphd(REGION, List.of(grant(Recipient.TNI, SigningStage.NOT_PROPOSED, null, "APBN")),
                Recipient.TNI).link()).isEqualTo("wilayah/74.01?buka=hibah-tni");
        for (var link : List.of(DerivedRules.open("11.01", "masa-jabatan-" + Long.MAX_VALUE))) {
            assertThat(link).as("fits checklist_item.source_link").hasSizeLessThanOrEqualTo(120);
        }
    }

    private static TenureFact leave(LocalDate decreeDate) {
        return new TenureFact(1, REGION, HeadStatus.DEFINITIF, "H. Petahana", LocalDate.of(2021, 2, 26), null, null, true,
                LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23), "Drs. Pjs", "100.2.1.3-123/2024", decreeDate);
    }
}
