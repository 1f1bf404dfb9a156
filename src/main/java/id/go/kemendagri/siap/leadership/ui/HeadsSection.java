package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.RegionSection.RegionPage;
import id.go.kemendagri.siap.leadership.EvaluationDetails;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.ReportSlot;
import id.go.kemendagri.siap.leadership.TenureDetails;

/**
 * The heads part of a region page: the current head with the actions the user may take, the quarterly
 * reports and evaluations of the (latest) Pj, and the tenure history. {@link #refresh()} re-reads it all;
 * live updates call it when anything of this feature changes in the region.
 */
@StyleSheet(HeadListView.STYLES)
class HeadsSection extends Div {

    private final RegionPage region;
    private final transient HeadsServices services;
    private final CurrentHeadPanel current = new CurrentHeadPanel();
    private final boolean manage;
    private final InfoPanel heading = new InfoPanel();
    final ReportSchedule reports;
    final EvaluationTable evaluations = new EvaluationTable();
    final TenureHistory history = new TenureHistory();
    final HeadsChangeHistory changes;
    private TenureDetails head;
    private List<EvaluationDetails> shownEvaluations = List.of();

    /** The parts of {@code ?buka=} that name a tenure ({@code masa-jabatan-12}) or an evaluation ({@code evaluasi-7}). */
    static final String TENURE_PART = "masa-jabatan-";
    static final String EVALUATION_PART = "evaluasi-";
    /** The class of the panel, and of the marker in a row, of the record a link named. */
    static final String SOURCE_RECORD = "source-record";

    HeadsSection(RegionPage region, HeadsServices services) {
        this.region = region;
        this.services = services;
        addClassNames("card", "heads-section");
        setId("heads-section");
        changes = new HeadsChangeHistory(() -> services.tenures().changes(region.code(), HeadsChangeHistory.LIMIT));
        var manage = services.access().canManageHeads();
        reports = new ReportSchedule(services.access().canRecordReports(region.code()), manage,
                this::openReport, this::openEvaluation);
        this.manage = manage;
        heading.addClassName("heads-heading");
        if (manage) {
            heading.addActionListener(event -> act(event.getAction()));
        }
        add(heading, current, reports, evaluations, history, changes);
        var revealed = reveal(region.open());
        refresh();
        revealed.ifPresent(com.vaadin.flow.component.Component::scrollIntoView);
    }

    /**
     * The tenure or evaluation the page's address names (a derived checklist item's "Buka sumber"), marked in the
     * current head, the tenure history (unfolded) or the evaluations; returns the panel to scroll to.
     */
    private java.util.Optional<com.vaadin.flow.component.Component> reveal(java.util.Set<String> parts) {
        for (var part : parts) {
            var tenure = id(part, TENURE_PART);
            if (tenure > 0) {
                current.marked = tenure;
                history.marked = tenure;
                var active = services.tenures().current(region.code()).filter(t -> t.id() == tenure).isPresent();
                return java.util.Optional.of(active ? current : history);
            }
            var evaluation = id(part, EVALUATION_PART);
            if (evaluation > 0) {
                evaluations.marked = evaluation;
                return java.util.Optional.of(evaluations);
            }
        }
        return java.util.Optional.empty();
    }

    private static long id(String part, String prefix) {
        return part.startsWith(prefix) && part.substring(prefix.length()).matches("\\d{1,18}")
                ? Long.parseLong(part.substring(prefix.length())) : -1;
    }

    /** The badge that marks the record a link named. */
    static Piece marker(com.vaadin.flow.component.Component owner) {
        return Piece.badge(owner.getTranslation("checklist.derived.record"), "primary").withClass(SOURCE_RECORD);
    }

    void refresh() {
        var tenures = services.tenures().history(region.code());
        head = tenures.stream().filter(TenureDetails::active).findFirst().orElse(null);
        current.show(head);
        drawHeading();
        var pj = tenures.stream().filter(t -> t.status().reportsQuarterly()).findFirst().orElse(null);
        var slots = pj == null ? List.<ReportSlot>of() : services.reports().schedule(pj.id());
        shownEvaluations = pj == null ? List.of() : services.evaluations().ofTenure(pj.id());
        var forAnother = pj != null && pj != head;
        // Reports of a closed period (an earlier term since extended, or the tenure ended) are shown as not reported.
        var closedBefore = pj == null ? null : !pj.active() ? java.time.LocalDate.MAX : pj.termStartedOn();
        reports.show(getTranslation(forAnother ? "heads.reports.of" : "heads.reports", pj == null ? "" : pj.personName()),
                slots, closedBefore);
        evaluations.show(getTranslation("heads.evaluations"), shownEvaluations);
        reports.setVisible(pj != null);
        evaluations.setVisible(!shownEvaluations.isEmpty());
        history.show(tenures);
        history.setVisible(tenures.size() > 1 || (tenures.size() == 1 && head == null)
                || tenures.stream().anyMatch(t -> t.id() == history.marked && t != head));
        changes.refresh();
    }

    /**
     * The buttons the heading shows now: {@code appoint}, {@code extend}, {@code correct}, {@code end}, and for an
     * elected head {@code leave} (record or correct the campaign leave) and {@code leave-cancel}.
     */
    List<String> actions() {
        if (!manage) {
            return List.of();
        }
        var actions = new java.util.ArrayList<String>();
        actions.add("appoint");
        if (head != null && head.status() == HeadStatus.PJ) {
            actions.add("extend");
        }
        if (head != null && head.status() == HeadStatus.DEFINITIF) {
            actions.add("leave");
            if (head.leave() != null) {
                actions.add("leave-cancel");
            }
        }
        if (head != null) {
            actions.add("correct");
            actions.add("end");
        }
        return actions;
    }

    /** The title and the buttons of those who manage heads, for the head there is now. */
    private void drawHeading() {
        heading.heading(getTranslation("heads.section.title"), 3);
        heading.setActions(actions().stream().map(action -> Piece.button(getTranslation("heads." + action),
                switch (action) {
                    case "appoint" -> "primary small";
                    case "end" -> "small error tertiary";
                    case "correct", "leave", "leave-cancel" -> "small tertiary";
                    default -> "small";
                }, action, "").withId("heads-" + action)).toList());
    }

    /** A click on a heading button; checked again here, since the client may send anything. */
    void act(String action) {
        if (!actions().contains(action)) {
            return;
        }
        var province = "PROVINSI".equals(region.level());
        switch (action) {
            case "appoint" -> new AppointDialog(region.code(), province, head, services.tenures(), this::refresh).open();
            case "extend" -> new ExtendDialog(head, services.tenures(), this::refresh).open();
            case "end" -> new EndDialog(head, services.tenures(), this::refresh).open();
            case "correct" -> AppointDialog.correcting(head, province, services.tenures(), this::refresh).open();
            case "leave" -> new CampaignLeaveDialog(head, services.leaves(), services.tenures(), this::refresh).open();
            case "leave-cancel" -> CampaignLeaveDialog.cancel(this, head, services.leaves(), this::refresh);
            default -> {
            }
        }
    }

    private void openReport(ReportSlot slot) {
        new ReportDialog(slot, services.reports(), this::refresh).open();
    }

    private void openEvaluation(ReportSlot slot) {
        var existing = shownEvaluations.stream().filter(e -> e.reportId() == slot.id()).findFirst().orElse(null);
        new EvaluationDialog(slot, existing, services.indicators().active(), services.evaluations(), this::refresh)
                .open();
    }

    TenureDetails head() {
        return head;
    }
}
