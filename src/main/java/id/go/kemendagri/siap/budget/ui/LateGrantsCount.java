package id.go.kemendagri.siap.budget.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.budget.BudgetChanged;
import id.go.kemendagri.siap.budget.BudgetOverview;
import id.go.kemendagri.siap.budget.GrantFilter;

/** Beside "Anggaran Pilkada": how many grants the user may see have a tranche past due. One count query. */
@Component
class LateGrantsCount implements MenuCount {

    private final BudgetOverview overview;

    LateGrantsCount(BudgetOverview overview) {
        this.overview = overview;
    }

    @Override
    public String path() {
        return BudgetListView.ROUTE;
    }

    @Override
    public long count() {
        return overview.count(new GrantFilter(null, null, null, null, true));
    }

    @Override
    public Set<Class<? extends RegionChange>> movedBy() {
        return Set.of(BudgetChanged.class);
    }
}
