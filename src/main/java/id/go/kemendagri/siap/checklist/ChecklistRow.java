package id.go.kemendagri.siap.checklist;

/** An item in a list across regions, with the name of its region. */
public record ChecklistRow(ChecklistItemDetails item, String regionName) {
}
