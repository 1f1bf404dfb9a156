package id.go.kemendagri.siap.checklist;

import java.util.List;

/** A region's checklist in the current cycle: its items (current and retired) and its readiness. */
public record RegionChecklist(String regionCode, String cycleName, List<ChecklistItemDetails> items,
        Readiness readiness) {

    public List<ChecklistItemDetails> current() {
        return items.stream().filter(i -> !i.retired()).toList();
    }
}
