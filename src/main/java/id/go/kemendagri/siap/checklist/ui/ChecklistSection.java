package id.go.kemendagri.siap.checklist.ui;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.ui.CommentThreads;
import id.go.kemendagri.siap.base.ui.PilkadaSection;
import id.go.kemendagri.siap.checklist.ChecklistItemChanged;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;

/** The readiness checklist on the region page, for regions that hold a Pilkada in the current cycle. */
@Component
class ChecklistSection extends PilkadaSection {

    private final ChecklistService checklists;
    private final LiveUpdateHub hub;

    ChecklistSection(ChecklistService checklists, LiveUpdateHub hub, ObjectProvider<CommentThreads> threads) {
        super(200, threads);
        this.checklists = checklists;
        this.hub = hub;
    }

    @Override
    protected com.vaadin.flow.component.Component panel(RegionPage region, CommentThreads threads) {
        var panel = new RegionChecklistPanel(region.code(), checklists, region.presence());
        panel.setThreads(threads);
        LiveUpdates.bind(panel, hub, ChecklistItemChanged.class, LiveUpdates.region(region.code()),
                changes -> panel.refreshFromServer());
        return panel;
    }
}
