package id.go.kemendagri.siap.budget.ui;

import id.go.kemendagri.siap.base.ChangeEntry;
import id.go.kemendagri.siap.base.ui.AuditHistory;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDetails;

/** A grant's change history, newest first; read and built only when opened (see {@link AuditHistory}). */
class GrantHistory extends AuditHistory {

    static final int LIMIT = 50;

    private final transient BudgetService budget;

    GrantHistory(BudgetService budget) {
        super("budget.history");
        this.budget = budget;
        addClassName("grant-history");
    }

    void show(GrantDetails grant) {
        show(() -> budget.history(grant.regionCode(), grant.recipient(), LIMIT));
    }

    @Override
    protected String field(ChangeEntry entry) {
        return getTranslation("budget.history.field." + entry.field());
    }
}
