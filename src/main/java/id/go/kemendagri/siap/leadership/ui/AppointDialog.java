package id.go.kemendagri.siap.leadership.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

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
 */
class AppointDialog extends Dialog {

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
    final Button save = new Button();
    private final String regionCode;
    private final TenureDetails previous;
    private final TenureDetails correcting;
    private final transient HeadTenureService tenures;
    private final transient Runnable onSaved;

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
        this.regionCode = regionCode;
        this.previous = previous;
        this.correcting = correcting;
        this.tenures = tenures;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("heads.appoint.title"));
        addClassName("appoint-dialog");
        DialogFields.select(status, "heads.field.status", HeadStatus.values(), s -> "leadership.status.long." + s.name());
        status.setValue(HeadStatus.PJ);
        DialogFields.text(personName, "heads.field.person-name", 120);
        DialogFields.text(nip, "heads.field.nip", 24);
        nip.setHelperText(getTranslation("heads.field.nip.helper"));
        DialogFields.text(originPosition, "heads.field.origin-position", 150);
        DialogFields.text(originInstitution, "heads.field.origin-institution", 150);
        DialogFields.select(echelon, "heads.field.echelon", Echelon.values(), e -> "leadership.echelon." + e.name());
        echelon.setValue(province ? Echelon.JPT_MADYA : Echelon.JPT_PRATAMA);
        DialogFields.select(legalBasis, "heads.field.legal-basis", LegalBasis.values(), b -> "leadership.basis." + b.name());
        legalBasis.setValue(province ? LegalBasis.KEPPRES : LegalBasis.KEPMENDAGRI);
        DialogFields.text(decreeNumber, "heads.field.decree", 100);
        DialogFields.date(swornInOn, "heads.field.sworn-in");
        DialogFields.date(termEndsOn, "heads.field.term-end");
        termEndsOn.setHelperText(getTranslation("heads.field.term-end.helper"));
        DialogFields.select(previousEndReason, "heads.field.previous-reason", EndReason.values(),
                r -> "leadership.reason." + r.name());
        previousEndReason.setVisible(previous != null);
        if (previous != null) {
            previousEndReason.setHelperText(getTranslation("heads.field.previous-reason.helper", previous.personName()));
        }
        var form = new FormLayout(status, personName, nip, originPosition, originInstitution, echelon, legalBasis,
                decreeNumber, swornInOn, termEndsOn, previousEndReason);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form);
        if (correcting != null) {
            fillFrom(correcting);
        }
        DialogFields.buttons(this, save, this::save);
        setWidth("min(48rem, 95vw)");
    }

    private void fillFrom(TenureDetails tenure) {
        setHeaderTitle(getTranslation("heads.correct.title", tenure.personName()));
        status.setValue(tenure.status());
        status.setReadOnly(true);
        personName.setValue(tenure.personName());
        nip.setValue(tenure.nip() == null ? "" : tenure.nip());
        originPosition.setValue(tenure.originPosition() == null ? "" : tenure.originPosition());
        originInstitution.setValue(tenure.originInstitution() == null ? "" : tenure.originInstitution());
        echelon.setValue(tenure.echelon());
        legalBasis.setValue(tenure.legalBasis());
        decreeNumber.setValue(tenure.decreeNumber() == null ? "" : tenure.decreeNumber());
        swornInOn.setVisible(false);
        termEndsOn.setVisible(false);
    }

    private AppointmentDraft draft() {
        return new AppointmentDraft(status.getValue(), personName.getValue(), nip.getValue(), originPosition.getValue(),
                originInstitution.getValue(), echelon.getValue(), legalBasis.getValue(), decreeNumber.getValue(),
                swornInOn.getValue(), termEndsOn.getValue(), previousEndReason.getValue(),
                previous == null ? null : previous.version());
    }

    void save() {
        Runnable write = correcting == null ? () -> tenures.appoint(regionCode, draft())
                : () -> tenures.correct(correcting.id(), new CorrectionDraft(personName.getValue(), nip.getValue(),
                        originPosition.getValue(), originInstitution.getValue(), echelon.getValue(),
                        legalBasis.getValue(), decreeNumber.getValue(), correcting.version()));
        DialogFields.submit(this, write, correcting == null ? "heads.appoint.saved" : "heads.correct.saved",
                Map.ofEntries(Map.entry("status", status), Map.entry("personName", personName), Map.entry("nip", nip),
                        Map.entry("originPosition", originPosition), Map.entry("originInstitution", originInstitution),
                        Map.entry("echelon", echelon), Map.entry("legalBasis", legalBasis),
                        Map.entry("decreeNumber", decreeNumber), Map.entry("swornInOn", swornInOn),
                        Map.entry("termEndsOn", termEndsOn), Map.entry("previousEndReason", previousEndReason)),
                onSaved);
    }
}
