package id.go.kemendagri.siap.checklist;

import id.go.kemendagri.siap.base.RegionChange;

/** A region's checklist item was changed (status, evidence or verification) and committed at this version. */
public record ChecklistItemChanged(String regionCode, long itemId, long version) implements RegionChange {
}
