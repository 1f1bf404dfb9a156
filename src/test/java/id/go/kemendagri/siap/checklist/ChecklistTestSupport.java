package id.go.kemendagri.siap.checklist;

import java.time.Instant;

/** What the checklist service tests share: the day they run on and how they find an item. */
final class ChecklistTestSupport {

    /** 1 June 2024, 09:00 WIB: DNA-01 (31 Dec 2023) is overdue, KAM-01 (20 Nov 2024) is not. */
    static final Instant JUNE_2024 = Instant.parse("2024-06-01T02:00:00Z");

    private ChecklistTestSupport() {
    }

    /** The item with this code in the region's checklist, as the signed-in user sees it. */
    static ChecklistItemDetails itemOf(ChecklistService checklists, String region, String code) {
        return checklists.regionChecklist(region).items().stream().filter(i -> i.itemCode().equals(code))
                .findFirst().orElseThrow();
    }
}
