package id.go.kemendagri.siap.checklist.ui;

import id.go.kemendagri.siap.base.ui.AuditHistory;
import id.go.kemendagri.siap.checklist.ChecklistService;

/** An item's history (status, note, evidence, verification), read when opened and newest first. */
class ItemHistory extends AuditHistory {

    static final int LIMIT = 100;

    ItemHistory(long itemId, ChecklistService checklists) {
        super("checklist.history", "item-history", "checklist.history.field.");
        show(() -> checklists.history(itemId, LIMIT));
    }

    /** Status and verification values are enum names: show them translated. */
    @Override
    protected String value(String field, String value) {
        return switch (field) {
            case "status" -> getTranslation("checklist.status." + value);
            case "verification" -> getTranslation("checklist.verification." + value);
            default -> value;
        };
    }
}
