package id.go.kemendagri.siap.budget.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.budget.BudgetChanged;
import id.go.kemendagri.siap.budget.BudgetOverview;
import id.go.kemendagri.siap.budget.GrantFilter;

/** Beside "Anggaran Pilkada": how many grants the user may see have a tranche past due. One count query. */
@Configuration(proxyBeanMethods = false)
class LateGrantsCount {

    @Bean
    MenuCount lateGrantsMenuCount(BudgetOverview overview) {
        return MenuCount.of(BudgetListView.ROUTE, () -> overview.count(new GrantFilter(null, null, null, null, true)),
                Set.of(BudgetChanged.class));
    }
}
