package id.go.kemendagri.siap.budget.ui;

import id.go.kemendagri.siap.base.ui.AuditHistory;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDetails;

/** A grant's change history, newest first; read and built only when opened (see {@link AuditHistory}). */
class GrantHistory extends AuditHistory {

    static final int LIMIT = 50;

    private final transient BudgetService budget;

    GrantHistory(BudgetService budget) {
        super("budget.history", "grant-history", "budget.history.field.");
        this.budget = budget;
    }

    void show(GrantDetails grant) {
        show(() -> budget.history(grant.regionCode(), grant.recipient(), LIMIT));
    }
}
