package id.go.kemendagri.siap.leadership.ui;

import java.util.List;
import java.util.function.Supplier;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.ChangeEntry;
import id.go.kemendagri.siap.base.ui.AuditHistory;

/**
 * Who changed what about the region's heads, reports and evaluations, newest first; read and built only
 * while open (see {@link AuditHistory}), so an open region page keeps no audit rows per session.
 */
class HeadsChangeHistory extends AuditHistory {

    static final int LIMIT = 100;

    HeadsChangeHistory(Supplier<List<AuditEntry>> entries) {
        super("heads.audit.title", "heads-change-history", "heads.audit.field.");
        show(entries);
    }

    @Override
    protected boolean hasWhat() {
        return true;
    }

    @Override
    protected String what(ChangeEntry entry) {
        return getTranslation("heads.audit." + entry.entityType()) + " · " + getTranslation("heads.audit." + entry.action());
    }
}
