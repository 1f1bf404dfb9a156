package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

import id.go.kemendagri.siap.leadership.EndDraft;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** Ends a tenure without a successor yet, with its date and reason. */
class EndDialog extends TenureDialog<EndDraft> {

    final DatePicker endedOn = new DatePicker();
    final Select<EndReason> reason = new Select<>();

    EndDialog(TenureDetails tenure, HeadTenureService tenures, Runnable onSaved) {
        super(EndDraft.class, "end-dialog", "heads.end.title", tenure, tenures, onSaved);
        DialogFields.date(endedOn, "heads.field.ended-on");
        DialogFields.select(reason, "heads.field.end-reason", EndReason.values(), r -> "leadership.reason." + r.name());
        form.bind(endedOn, "endedOn");
        form.bind(reason, "reason");
        form.read(new EndDraft(null, null, tenure.version()));
        add(new FormLayout(endedOn, reason));
        setWidth("min(36rem, 95vw)");
    }

    @Override
    void save() {
        submit(draft -> tenures.end(tenure.id(), draft), "heads.end.saved", this::stale);
    }

    /**
     * Someone changed the tenure first: who holds it and until when as stored now, beside the end typed. A
     * tenure someone else already ended cannot be ended again: only discard is offered.
     */
    private void stale(EndDraft mine) {
        var seen = tenure;
        var now = catchUp();
        form.showConflict(conflict, DialogFields.staleText(form, now.active(), now.updatedBy(), now.updatedAt()), List.of(
                DialogFields.row(this, "heads.field.person-name", now.personName(), seen.personName()),
                DialogFields.row(this, "heads.field.term-end", DialogFields.shown(now.termEndsOn()),
                        DialogFields.shown(seen.termEndsOn())),
                DialogFields.row(this, "heads.field.ended-on", DialogFields.shown(now.endedOn()),
                        DialogFields.shown(mine.endedOn())),
                DialogFields.row(this, "heads.field.end-reason", DialogFields.label(this, "leadership.reason.",
                        now.endReason()), DialogFields.label(this, "leadership.reason.", mine.reason()))),
                now.active() ? this::save : null, this::closeAndRefresh);
    }
}
