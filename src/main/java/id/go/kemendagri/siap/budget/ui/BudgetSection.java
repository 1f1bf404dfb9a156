package id.go.kemendagri.siap.budget.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;

/** Adds the four NPHD grants to the page of every region that holds a Pilkada. */
@Component
class BudgetSection implements RegionSection {

    private final BudgetService budget;
    private final LiveUpdateHub hub;

    private final org.springframework.beans.factory.ObjectProvider<id.go.kemendagri.siap.base.ui.CommentThreads> threads;

    BudgetSection(BudgetService budget, LiveUpdateHub hub,
            org.springframework.beans.factory.ObjectProvider<id.go.kemendagri.siap.base.ui.CommentThreads> threads) {
        this.threads = threads;
        this.budget = budget;
        this.hub = hub;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(RegionPage region) {
        if (!region.holdsPilkada()) {
            return Optional.empty();
        }
        var panel = new BudgetPanel(region.code(), budget, hub, threads.getIfAvailable());
        panel.reveal(region.open());
        return Optional.of(panel);
    }
}
