package id.go.kemendagri.siap.leadership.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.leadership.CampaignLeaveService;
import id.go.kemendagri.siap.leadership.EvaluationService;
import id.go.kemendagri.siap.leadership.LeadershipChanged;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.IndicatorService;
import id.go.kemendagri.siap.leadership.LeadershipAccess;
import id.go.kemendagri.siap.leadership.PjReportService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;

/** Contributes the heads section to every region page, live-updated for that region. */
@Component
class HeadsRegionSection implements RegionSection {

    static final int ORDER = 100;

    private final HeadsServices services;
    private final LiveUpdateHub hub;

    HeadsRegionSection(HeadTenureService tenures, PjReportService reports, EvaluationService evaluations,
            IndicatorService indicators, CampaignLeaveService leaves, LeadershipAccess access, LiveUpdateHub hub) {
        this.services = new HeadsServices(tenures, reports, evaluations, indicators, leaves, access);
        this.hub = hub;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(RegionPage region) {
        var section = new HeadsSection(region, services);
        LiveUpdates.bind(section, hub, LeadershipChanged.class, LiveUpdates.region(region.code()),
                changes -> section.refresh());
        return Optional.of(section);
    }
}
