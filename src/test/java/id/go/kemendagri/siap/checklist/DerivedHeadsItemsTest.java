package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.leadership.CampaignLeaveService;
import id.go.kemendagri.siap.leadership.EndDraft;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.LeadershipServiceTest;
import id.go.kemendagri.siap.leadership.LeadershipTestSupport;

/**
 * The NET items that follow the heads of region (issue 19), end to end: a tenure or campaign leave committed by the
 * leadership feature reaches the region's checklist item after commit. Region 74.02; tenures are cleaned as in the
 * leadership tests.
 */
class DerivedHeadsItemsTest extends LeadershipServiceTest {

    static final String REGION = "74.02";

    @Autowired
    CampaignLeaveService leaves;
    @Autowired
    ChecklistService checklists;
    @Autowired
    DerivedItems derived;

    /** After the leadership tests' clean-up: the NET items as new, and derived again. */
    @BeforeEach
    void clean() {
        jdbc.update("""
                update checklist_item set status = 'BELUM', note = null, verification = 'NONE', submitted_at = null,
                    completed_on = null, source_status = null, source_text_id = null, source_text_en = null,
                    source_link = null, version = version + 1
                where region_code = ? and item_code like 'NET-%'""", REGION);
        derived.recompute(REGION);
    }

    ChecklistItemDetails item(String code) {
        return ChecklistTestSupport.itemOf(checklists, REGION, code);
    }

    @Test
    void campaignLeaveWithAPjsMakesNet04Done() {
        var head = tenures.appoint(REGION, LeadershipTestSupport.electedBupati("H. Petahana Muna"));
        assertThat(item("NET-04").sourceBound()).as("an elected head who may not run: by hand").isFalse();
        assertThat(item("NET-01").status()).as("no Pj in this cycle").isEqualTo(ItemStatus.TIDAK_BERLAKU);

        leaves.record(head.id(), LeadershipTestSupport.pjsForTheCampaign("Drs. Pjs Muna", head.version()));

        var net04 = item("NET-04");
        assertThat(net04.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(net04.sourceText(null)).startsWith("Pjs Drs. Pjs Muna ditunjuk (100.2.1.3-4567 Tahun 2024, 20 Sep 2024)");
        assertThat(net04.completedOn()).as("the day of the Pjs's Kepmendagri, not the day it was recorded")
                .isEqualTo(LocalDate.of(2024, 9, 20));
        assertThat(net04.sourceLink()).isEqualTo("wilayah/74.02?buka=masa-jabatan-" + head.id());
        assertThat(net04.verification()).isEqualTo(Verification.WAITING);
    }

    @Test
    void pjWhoStoodDownToRunMakesNet01Done() {
        var pj = tenures.appoint(REGION, LeadershipTestSupport.pjBupati("Ir. Pj Muna", LocalDate.of(2023, 5, 22)));
        assertThat(item("NET-01").sourceBound()).as("whether a Pj in office runs is not in the data").isFalse();
        assertThat(item("NET-04").status()).as("a Pj leads: no incumbent on leave").isEqualTo(ItemStatus.TIDAK_BERLAKU);

        tenures.end(pj.id(), new EndDraft(LocalDate.of(2024, 7, 17), EndReason.RUNNING_IN_PILKADA, pj.version()));

        var net01 = item("NET-01");
        assertThat(net01.status()).isEqualTo(ItemStatus.SELESAI);
        assertThat(net01.completedOn()).isEqualTo(LocalDate.of(2024, 7, 17));
        assertThat(net01.overdue()).isFalse();
        assertThat(net01.sourceText(null)).isEqualTo("Pj Ir. Pj Muna berhenti untuk mencalonkan diri: 17 Jul 2024");
    }
}
