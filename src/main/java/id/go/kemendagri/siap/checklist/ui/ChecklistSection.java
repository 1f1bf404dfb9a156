package id.go.kemendagri.siap.checklist.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.checklist.ChecklistItemChanged;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;

/** The readiness checklist on the region page, for regions that hold a Pilkada in the current cycle. */
@Component
class ChecklistSection implements RegionSection {

    private final ChecklistService checklists;
    private final LiveUpdateHub hub;

    private final org.springframework.beans.factory.ObjectProvider<id.go.kemendagri.siap.base.ui.CommentThreads> threads;

    ChecklistSection(ChecklistService checklists, LiveUpdateHub hub,
            org.springframework.beans.factory.ObjectProvider<id.go.kemendagri.siap.base.ui.CommentThreads> threads) {
        this.threads = threads;
        this.checklists = checklists;
        this.hub = hub;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(RegionPage region) {
        if (!region.holdsPilkada()) {
            return Optional.empty();
        }
        var panel = new RegionChecklistPanel(region.code(), checklists, region.presence());
        panel.setThreads(threads.getIfAvailable());
        LiveUpdates.bind(panel, hub, ChecklistItemChanged.class, LiveUpdates.region(region.code()),
                changes -> panel.refreshFromServer());
        return Optional.of(panel);
    }
}
