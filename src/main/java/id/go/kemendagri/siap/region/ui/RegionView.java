package id.go.kemendagri.siap.region.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.liveupdate.PresenceBar;
import id.go.kemendagri.siap.liveupdate.PresenceRegistry;
import id.go.kemendagri.siap.base.UserProfiles;
import id.go.kemendagri.siap.region.DeskContactChanged;
import id.go.kemendagri.siap.region.DeskContactService;
import id.go.kemendagri.siap.region.DeskReportChanged;
import id.go.kemendagri.siap.region.DeskReportService;
import id.go.kemendagri.siap.region.RegionCohorts;
import id.go.kemendagri.siap.region.RegionDetails;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.region.VulnerabilityChanged;
import id.go.kemendagri.siap.region.VulnerabilityService;
import id.go.kemendagri.siap.security.RegionAccess;
import jakarta.annotation.security.PermitAll;

/**
 * A region's page, e.g. {@code /wilayah/62.07}. Sections of later features go below the Desk Pilkada
 * contact. Users who may not read the region get "not found", as if it did not exist for them.
 */
@Route(value = "wilayah/:code", layout = MainLayout.class)
@PermitAll
class RegionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The contact form's name in presence ("who edits what"). */
    static final String CONTACT_FORM = "desk-contact";

    private final transient RegionService regions;
    private final transient DeskContactService contacts;
    private final transient RegionAccess access;
    private final transient LiveUpdateHub hub;
    private final transient List<RegionSection> sections;
    private final transient PresenceRegistry presenceRegistry;
    private final transient UserProfiles profiles;
    private final transient VulnerabilityService vulnerability;
    private final transient DeskReportService deskReports;
    private final transient RegionCohorts cohorts;
    private RegionDetails region;
    private final InfoPanel meta = new InfoPanel();
    /** Records or changes the region's IKP level (administrators and evaluators only). */
    final Button recordVulnerability = new Button();

    RegionView(RegionService regions, DeskContactService contacts, RegionAccess access, LiveUpdateHub hub,
            List<RegionSection> sections, PresenceRegistry presenceRegistry, UserProfiles profiles,
            VulnerabilityService vulnerability, DeskReportService deskReports, RegionCohorts cohorts) {
        this.cohorts = cohorts;
        this.vulnerability = vulnerability;
        this.deskReports = deskReports;
        this.presenceRegistry = presenceRegistry;
        this.profiles = profiles;
        this.regions = regions;
        this.contacts = contacts;
        this.access = access;
        this.hub = hub;
        this.sections = sections.stream().sorted(Comparator.comparingInt(RegionSection::order)).toList();
        addClassName("region-view");
        setWidthFull();
        setMaxWidth("72rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("");
        region = regions.findDetails(code).orElse(null);
        if (region == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("region.not-found", code));
            return;
        }
        removeAll();
        var contactCard = new DeskContactCard(region.code(), contacts, access.canWrite(region.code()));
        var presence = new RegionPresence(new PresenceBar(presenceRegistry, profiles, "region:" + region.code()));
        contactCard.onEditingChanged(editing -> presence.editing(editing ? CONTACT_FORM : null));
        presence.onOthersEditing(forms -> contactCard.showOthersEditing(
                forms.getOrDefault(CONTACT_FORM, List.of())));
        add(header(region), presence.bar(), contactCard);
        LiveUpdates.bind(meta, hub, VulnerabilityChanged.class, LiveUpdates.region(region.code()), changes -> headline());
        if (region.holdsPilkada()) {
            var reports = new DeskReportCard(region.code(), deskReports, access.canWrite(region.code()));
            add(reports);
            LiveUpdates.bind(reports, hub, DeskReportChanged.class, LiveUpdates.region(region.code()), changes -> reports.refresh());
        }
        LiveUpdates.bind(contactCard, hub, DeskContactChanged.class, LiveUpdates.region(region.code()),
                changes -> contactCard.refreshFromServer());
        var page = new RegionSection.RegionPage(region.code(), region.name(), region.provinceCode(),
                region.level().name(), region.holdsPilkada(), presence, java.util.Set.copyOf(event.getLocation()
                        .getQueryParameters().getParameters(RegionSection.RegionPage.OPEN_PARAMETER)));
        sections.forEach(section -> section.create(page).ifPresent(this::add));
    }

    /** The name, then code, level, Pilkada, the IKP level and the province link (read-only, drawn in the browser). */
    private Div header(RegionDetails region) {
        var title = new H2(region.name());
        title.addClassName("region-name");
        meta.addClassName("region-header-meta");
        headline();
        var header = new Div(title, meta);
        header.addClassName("region-header");
        if (vulnerability.canRecord() && region.holdsPilkada()) {
            recordVulnerability.setText(getTranslation("vulnerability.record"));
            recordVulnerability.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            recordVulnerability.setId("vulnerability-record");
            recordVulnerability.addClickListener(e -> new VulnerabilityDialog(region.code(), region.name(), vulnerability,
                    this::headline).open());
            header.add(recordVulnerability);
        }
        return header;
    }

    /** The badges under the name; the IKP level is read again after every change of it. */
    private void headline() {
        var pieces = new ArrayList<Piece>(List.of(Piece.badge(region.code(), "contrast").withClass("region-code"),
                Piece.badge(getTranslation("region.level." + region.level().name()), ""),
                Piece.badge(region.holdsPilkada()
                        ? getTranslation("region.pilkada.yes", region.cycleName(), Formats.date(region.voteDate(), getLocale()))
                        : getTranslation("region.pilkada.no", region.cycleName()),
                        region.holdsPilkada() ? "success" : "contrast")));
        cohorts.of(region.code()).ifPresent(c -> pieces.add(Piece.badge(c.electedYear() == null ? c.basis()
                : getTranslation("region.cohort", c.electedYear(), c.termEndYear()), "contrast").withClass("region-cohort")));
        vulnerability.find(region.code()).ifPresent(v -> pieces.add(Piece.badge(getTranslation("vulnerability.badge",
                getTranslation("vulnerability.level." + v.level().name())) + (v.demo() ? " · Demo" : ""),
                v.level().theme()).withClass("region-vulnerability")));
        if (!region.code().equals(region.provinceCode())) {
            pieces.add(Piece.route(getTranslation("region.province", region.provinceName()), "wilayah/" + region.provinceCode())
                    .withClass("region-province"));
        }
        meta.setHeadline(pieces);
    }

    @Override
    public String getPageTitle() {
        return (region == null ? getTranslation("regions.title") : region.name()) + " | " + getTranslation("app.name");
    }
}
