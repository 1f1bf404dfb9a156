package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;

import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.leadership.EndDraft;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** Ends a tenure without a successor yet, with its date and reason. */
class EndDialog extends Dialog {

    final DatePicker endedOn = new DatePicker();
    final Select<EndReason> reason = new Select<>();
    final Button save = new Button();
    private final Div conflict = ConflictPanel.area();
    private final DraftForm<EndDraft> form = new DraftForm<>(this, EndDraft.class);
    /** The tenure as the form was opened; only a refused stale save moves it to the current version. */
    private TenureDetails tenure;
    private final transient HeadTenureService tenures;
    private final transient Runnable onSaved;

    EndDialog(TenureDetails tenure, HeadTenureService tenures, Runnable onSaved) {
        this.tenure = tenure;
        this.tenures = tenures;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("heads.end.title", tenure.personName()));
        addClassName("end-dialog");
        add(conflict);
        DialogFields.date(endedOn, "heads.field.ended-on");
        DialogFields.select(reason, "heads.field.end-reason", EndReason.values(), r -> "leadership.reason." + r.name());
        form.bind(endedOn, "endedOn");
        form.bind(reason, "reason");
        form.read(new EndDraft(null, null, tenure.version()));
        add(new FormLayout(endedOn, reason));
        DialogFields.buttons(this, save, this::save);
        setWidth("min(36rem, 95vw)");
    }

    void save() {
        form.keep("version", tenure.version());
        DialogFields.submit(this, form, draft -> tenures.end(tenure.id(), draft), "heads.end.saved", onSaved, this::stale);
    }

    /**
     * Someone changed the tenure first: who holds it and until when as stored now, beside the end typed. A
     * tenure someone else already ended cannot be ended again: only discard is offered.
     */
    private void stale() {
        var now = tenures.history(tenure.regionCode()).stream().filter(t -> t.id() == tenure.id()).findFirst()
                .orElse(tenure);
        var seen = tenure;
        tenure = now;
        form.showConflict(conflict, DialogFields.staleText(form, now.active(), now.updatedBy(), now.updatedAt()), List.of(
                DialogFields.row(this, "heads.field.person-name", now.personName(), seen.personName()),
                DialogFields.row(this, "heads.field.term-end", DialogFields.shown(now.termEndsOn()),
                        DialogFields.shown(seen.termEndsOn())),
                DialogFields.row(this, "heads.field.ended-on", DialogFields.shown(now.endedOn()),
                        DialogFields.shown(endedOn.getValue())),
                DialogFields.row(this, "heads.field.end-reason", DialogFields.label(this, "leadership.reason.",
                        now.endReason()), DialogFields.label(this, "leadership.reason.", reason.getValue()))),
                now.active() ? this::save : null, () -> {
                    close();
                    onSaved.run();
                });
    }
}
