package id.go.kemendagri.siap.checklist;

import java.time.Instant;

/** What the checklist service tests share: the day they run on and how they find an item. */
public final class ChecklistTestSupport {

    /** 1 June 2024, 09:00 WIB: DNA-01 (31 Dec 2023) is overdue, KAM-01 (20 Nov 2024) is not. */
    static final Instant JUNE_2024 = Instant.parse("2024-06-01T02:00:00Z");

    private ChecklistTestSupport() {
    }

    /** The item with this code in the region's checklist, as the signed-in user sees it. */
    static ChecklistItemDetails itemOf(ChecklistService checklists, String region, String code) {
        return checklists.regionChecklist(region).items().stream().filter(i -> i.itemCode().equals(code))
                .findFirst().orElseThrow();
    }

    /** Marking the item in progress, as the signed-in user, is refused with {@code refusal}. */
    static void assertInProgressRefused(ChecklistService checklists, ChecklistItemDetails item,
            Class<? extends Throwable> refusal) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checklists.update(item.id(),
                new ChecklistItemDraft(ItemStatus.PROSES, null, null, item.version()))).isInstanceOf(refusal);
    }

    /** Puts the region's four grants back to "not proposed", without transfers (derived-item tests start there). */
    public static void resetGrants(org.springframework.jdbc.core.JdbcTemplate jdbc, String region) {
        jdbc.update("delete from nphd_transfer where grant_id in (select id from nphd_grant where region_code = ?)", region);
        jdbc.update("""
                update nphd_grant set stage = 'NOT_PROPOSED', scheme = 'TRANCHES', proposed_amount = null,
                    agreed_amount = null, nphd_number = null, signed_on = null, tranche1_amount = null, tranche1_due = null,
                    tranche2_amount = null, tranche2_due = null, disbursed_amount = 0, not_applicable_reason = null,
                    version = version + 1
                where region_code = ?""", region);
    }

    /** Puts the region's items back to "not started", unanswered, unverified and not derived from anything. */
    static void resetItems(org.springframework.jdbc.core.JdbcTemplate jdbc, String region) {
        jdbc.update("""
                update checklist_item set status = 'BELUM', note = null, evidence_kind = 'NONE', evidence_link = null,
                    verification = 'NONE', changed_since_verification = false, return_reason = null, submitted_at = null,
                    verified_at = null, verified_by = null, completed_on = null, source_status = null,
                    source_text_id = null, source_text_en = null, source_link = null, version = version + 1
                where region_code = ?""", region);
    }
}
