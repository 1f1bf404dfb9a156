package id.go.kemendagri.siap.region.ui;

import id.go.kemendagri.siap.base.ui.AuditHistory;
import id.go.kemendagri.siap.region.DeskContactService;

/**
 * The contact's change history: who changed which field from what to what, newest first; read and built
 * only while open (see {@link AuditHistory}).
 */
class DeskContactHistory extends AuditHistory {

    static final int LIMIT = 50;

    DeskContactHistory(String regionCode, DeskContactService contacts) {
        super("contact.history", "contact-history", "contact.");
        show(() -> contacts.history(regionCode, LIMIT));
    }
}
