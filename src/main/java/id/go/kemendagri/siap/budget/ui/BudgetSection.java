package id.go.kemendagri.siap.budget.ui;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.ui.CommentThreads;
import id.go.kemendagri.siap.base.ui.PilkadaSection;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;

/** Adds the four NPHD grants to the page of every region that holds a Pilkada. */
@Component
class BudgetSection extends PilkadaSection {

    private final BudgetService budget;
    private final LiveUpdateHub hub;

    BudgetSection(BudgetService budget, LiveUpdateHub hub, ObjectProvider<CommentThreads> threads) {
        super(300, threads);
        this.budget = budget;
        this.hub = hub;
    }

    @Override
    protected com.vaadin.flow.component.Component panel(RegionPage region, CommentThreads threads) {
        var panel = new BudgetPanel(region.code(), budget, hub, threads);
        panel.reveal(region.open());
        return panel;
    }
}
