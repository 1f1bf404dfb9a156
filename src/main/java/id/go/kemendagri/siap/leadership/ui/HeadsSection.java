package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

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
    final Button appoint = new Button();
    final Button extend = new Button();
    final Button end = new Button();
    final Button correct = new Button();
    private final H4 reportsTitle = new H4();
    final ReportScheduleGrid reports;
    private final H4 evaluationsTitle = new H4();
    final EvaluationGrid evaluations = new EvaluationGrid();
    final TenureHistory history = new TenureHistory();
    final HeadsChangeHistory changes;
    private TenureDetails head;
    private List<EvaluationDetails> shownEvaluations = List.of();

    HeadsSection(RegionPage region, HeadsServices services) {
        this.region = region;
        this.services = services;
        addClassNames("card", "heads-section");
        setId("heads-section");
        changes = new HeadsChangeHistory(() -> services.tenures().changes(region.code(), HeadsChangeHistory.LIMIT));
        var manage = services.access().canManageHeads();
        reports = new ReportScheduleGrid(services.access().canRecordReports(region.code()), manage,
                this::openReport, this::openEvaluation);
        appoint.setText(getTranslation("heads.appoint"));
        appoint.setId("heads-appoint");
        extend.setId("heads-extend");
        end.setId("heads-end");
        appoint.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        appoint.addClickListener(e -> new AppointDialog(region.code(), "PROVINSI".equals(region.level()), head,
                services.tenures(), this::refresh).open());
        extend.setText(getTranslation("heads.extend"));
        extend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        extend.addClickListener(e -> new ExtendDialog(head, services.tenures(), this::refresh).open());
        end.setText(getTranslation("heads.end"));
        end.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        end.addClickListener(e -> new EndDialog(head, services.tenures(), this::refresh).open());
        correct.setText(getTranslation("heads.correct"));
        correct.setId("heads-correct");
        correct.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        correct.addClickListener(e -> AppointDialog.correcting(head, "PROVINSI".equals(region.level()),
                services.tenures(), this::refresh).open());
        var actions = new HorizontalLayout(appoint, extend, correct, end);
        actions.setVisible(manage);
        actions.setSpacing(true);
        var heading = new HorizontalLayout(new H3(getTranslation("heads.section.title")), actions);
        heading.setWidthFull();
        heading.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.setWrap(true);
        add(heading, current, reportsTitle, reports, evaluationsTitle, evaluations, history, changes);
        refresh();
    }

    void refresh() {
        var tenures = services.tenures().history(region.code());
        head = tenures.stream().filter(TenureDetails::active).findFirst().orElse(null);
        current.show(head);
        extend.setVisible(head != null && head.status() == HeadStatus.PJ);
        end.setVisible(head != null);
        correct.setVisible(head != null);
        var pj = tenures.stream().filter(t -> t.status().reportsQuarterly()).findFirst().orElse(null);
        var slots = pj == null ? List.<ReportSlot>of() : services.reports().schedule(pj.id());
        shownEvaluations = pj == null ? List.of() : services.evaluations().ofTenure(pj.id());
        var forAnother = pj != null && pj != head;
        reportsTitle.setText(getTranslation(forAnother ? "heads.reports.of" : "heads.reports",
                pj == null ? "" : pj.personName()));
        evaluationsTitle.setText(getTranslation("heads.evaluations"));
        reports.show(slots);
        evaluations.setItems(shownEvaluations);
        reportsTitle.setVisible(pj != null);
        reports.setVisible(pj != null);
        evaluationsTitle.setVisible(!shownEvaluations.isEmpty());
        evaluations.setVisible(!shownEvaluations.isEmpty());
        history.show(tenures);
        history.setVisible(tenures.size() > 1 || (tenures.size() == 1 && head == null));
        changes.refresh();
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
