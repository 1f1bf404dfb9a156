package id.go.kemendagri.siap.leadership.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.DraftDialog;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.leadership.AppointmentDraft;
import id.go.kemendagri.siap.leadership.CorrectionDraft;
import id.go.kemendagri.siap.leadership.Echelon;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.LegalBasis;
import id.go.kemendagri.siap.leadership.TenureDetails;

/**
 * Appoints a new head. When the region has one, the form asks why that tenure ends; the service closes it
 * on the new swearing-in date. The legal basis is preset to what the region's level calls for.
 * <p>
 * The fields are bound to an {@link AppointmentDraft} through a {@link DraftForm}; a correction (status and dates
 * not edited) sends them as a {@link CorrectionDraft}. The draft's constraints are checked while typing; the
 * service checks everything again and its refusals land on the fields.
 */
class AppointDialog extends DraftDialog<AppointmentDraft> {

    final Select<HeadStatus> status = new Select<>();
    final TextField personName = new TextField();
    final TextField nip = new TextField();
    final TextField originPosition = new TextField();
    final TextField originInstitution = new TextField();
    final Select<Echelon> echelon = new Select<>();
    final Select<LegalBasis> legalBasis = new Select<>();
    final TextField decreeNumber = new TextField();
    final DatePicker swornInOn = new DatePicker();
    final DatePicker termEndsOn = new DatePicker();
    final Select<EndReason> previousEndReason = new Select<>();
    private final String regionCode;
    /**
     * The active head the form was opened with, and the tenure being corrected: their versions are what a save
     * names. Only a refused stale save moves them (to the current version, for "apply mine"); a live refresh
     * of the section under the dialog does not.
     */
    private TenureDetails previous;
    private TenureDetails correcting;
    private final transient HeadTenureService tenures;

    AppointDialog(String regionCode, boolean province, TenureDetails previous, HeadTenureService tenures,
            Runnable onSaved) {
        this(regionCode, province, previous, null, tenures, onSaved);
    }

    /** The same form for correcting a tenure's details: status and dates stay as they are. */
    static AppointDialog correcting(TenureDetails tenure, boolean province, HeadTenureService tenures,
            Runnable onSaved) {
        return new AppointDialog(tenure.regionCode(), province, null, tenure, tenures, onSaved);
    }

    private AppointDialog(String regionCode, boolean province, TenureDetails previous, TenureDetails correcting,
            HeadTenureService tenures, Runnable onSaved) {
        super(AppointmentDraft.class, "appoint-dialog", onSaved);
        this.regionCode = regionCode;
        this.previous = previous;
        this.correcting = correcting;
        this.tenures = tenures;
        setHeaderTitle(getTranslation("heads.appoint.title"));
        DialogFields.select(status, "heads.field.status", HeadStatus.values(), s -> "leadership.status.long." + s.name());
        DialogFields.text(personName, "heads.field.person-name", 120);
        DialogFields.text(nip, "heads.field.nip", 24);
        nip.setHelperText(getTranslation("heads.field.nip.helper"));
        DialogFields.text(originPosition, "heads.field.origin-position", 150);
        DialogFields.text(originInstitution, "heads.field.origin-institution", 150);
        DialogFields.select(echelon, "heads.field.echelon", Echelon.values(), e -> "leadership.echelon." + e.name());
        DialogFields.select(legalBasis, "heads.field.legal-basis", LegalBasis.values(), b -> "leadership.basis." + b.name());
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue().decreeFor(province) != null) {
                legalBasis.setValue(e.getValue().decreeFor(province));
            }
        });
        DialogFields.text(decreeNumber, "heads.field.decree", 100);
        DialogFields.date(swornInOn, "heads.field.sworn-in");
        DialogFields.date(termEndsOn, "heads.field.term-end");
        termEndsOn.setHelperText(RuleTexts.termEndHelper(this::getTranslation, tenures.rules()));
        DialogFields.select(previousEndReason, "heads.field.previous-reason", EndReason.values(),
                r -> "leadership.reason." + r.name());
        showPrevious();
        form.bind(status, "status");
        form.bind(personName, "personName");
        form.bind(nip, "nip");
        form.bind(originPosition, "originPosition");
        form.bind(originInstitution, "originInstitution");
        form.bind(echelon, "echelon");
        form.bind(legalBasis, "legalBasis");
        form.bind(decreeNumber, "decreeNumber");
        form.bind(swornInOn, "swornInOn");
        form.bind(termEndsOn, "termEndsOn");
        form.bind(previousEndReason, "previousEndReason");
        form.read(new AppointmentDraft(HeadStatus.PJ, "", "", "", "", province ? Echelon.JPT_MADYA : Echelon.JPT_PRATAMA,
                HeadStatus.PJ.decreeFor(province), "", null, null, null, previous == null ? null : previous.version()));
        var layout = new FormLayout(status, personName, nip, originPosition, originInstitution, echelon, legalBasis,
                decreeNumber, swornInOn, termEndsOn, previousEndReason);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(layout);
        if (correcting != null) {
            fillFrom(correcting);
        }
        DialogFields.buttons(this, this::save);
        setWidth("min(48rem, 95vw)");
    }

    private void showPrevious() {
        previousEndReason.setVisible(previous != null);
        previousEndReason.setHelperText(previous == null ? null
                : getTranslation("heads.field.previous-reason.helper", previous.personName()));
    }

    private void fillFrom(TenureDetails tenure) {
        setHeaderTitle(getTranslation("heads.correct.title", tenure.personName()));
        status.setReadOnly(true);
        form.read(new AppointmentDraft(tenure.status(), tenure.personName(), blank(tenure.nip()),
                blank(tenure.originPosition()), blank(tenure.originInstitution()), tenure.echelon(), tenure.legalBasis(),
                blank(tenure.decreeNumber()), tenure.swornInOn(), tenure.termEndsOn(), null, null));
        swornInOn.setVisible(false);
        termEndsOn.setVisible(false);
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    void save() {
        if (correcting == null) {
            form.keep("previousVersion", previous == null ? null : previous.version());
            submit(draft -> tenures.appoint(regionCode, draft), "heads.appoint.saved", this::stale);
        } else {
            submit(draft -> tenures.correct(correcting.id(), new CorrectionDraft(draft.personName(), draft.nip(),
                    draft.originPosition(), draft.originInstitution(), draft.echelon(), draft.legalBasis(),
                    draft.decreeNumber(), correcting.version())), "heads.correct.saved", this::stale);
        }
    }

    /**
     * Someone saved first. A correction compares the tenure as stored now with what was typed; an appointment
     * compares the region's head as stored now (someone appointed, corrected or ended one meanwhile) with the
     * head being appointed, and from then on names that head as the one to replace.
     */
    private void stale(AppointmentDraft mine) {
        if (correcting != null) {
            var now = DialogFields.storedNow(tenures, correcting);
            correcting = now;
            form.showConflict(conflict, DialogFields.staleText(form, true, now.updatedBy(), now.updatedAt()),
                    rows(now, mine, false), this::save,
                    () -> fillFrom(now));
            return;
        }
        var now = tenures.current(regionCode).orElse(null);
        previous = now;
        showPrevious();
        form.showConflict(conflict, DialogFields.staleText(form, true, now == null ? null : now.updatedBy(),
                now == null ? null : now.updatedAt()),
                rows(now, mine, true), this::save, this::closeAndRefresh);
    }

    private java.util.List<ConflictPanel.Row> rows(TenureDetails now, AppointmentDraft mine, boolean appointing) {
        var rows = new java.util.ArrayList<ConflictPanel.Row>();
        if (appointing) {
            rows.add(DialogFields.row(this, "heads.field.status", DialogFields.label(this, "leadership.status.long.",
                    now == null ? null : now.status()), DialogFields.label(this, "leadership.status.long.", mine.status())));
        }
        rows.add(DialogFields.row(this, "heads.field.person-name", now == null ? null : now.personName(), mine.personName()));
        rows.add(DialogFields.row(this, "heads.field.nip", now == null ? null : now.nip(), mine.nip()));
        rows.add(DialogFields.row(this, "heads.field.origin-position", now == null ? null : now.originPosition(),
                mine.originPosition()));
        rows.add(DialogFields.row(this, "heads.field.origin-institution", now == null ? null : now.originInstitution(),
                mine.originInstitution()));
        rows.add(DialogFields.row(this, "heads.field.echelon", DialogFields.label(this, "leadership.echelon.",
                now == null ? null : now.echelon()), DialogFields.label(this, "leadership.echelon.", mine.echelon())));
        rows.add(DialogFields.row(this, "heads.field.legal-basis", DialogFields.label(this, "leadership.basis.",
                now == null ? null : now.legalBasis()), DialogFields.label(this, "leadership.basis.", mine.legalBasis())));
        rows.add(DialogFields.row(this, "heads.field.decree", now == null ? null : now.decreeNumber(), mine.decreeNumber()));
        if (appointing) {
            rows.add(DialogFields.row(this, "heads.field.sworn-in", DialogFields.shown(now == null ? null
                    : now.swornInOn()), DialogFields.shown(mine.swornInOn())));
            rows.add(DialogFields.row(this, "heads.field.term-end", DialogFields.shown(now == null ? null
                    : now.termEndsOn()), DialogFields.shown(mine.termEndsOn())));
        }
        return rows;
    }
}
