package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.leadership.ExtensionDraft;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** Extends a Pj by a new term (one year from the current end unless another end is given). */
class ExtendDialog extends TenureDialog<ExtensionDraft> {

    final TextField decreeNumber = new TextField();
    final DatePicker termEndsOn = new DatePicker();
    private final Paragraph explain = new Paragraph();

    ExtendDialog(TenureDetails tenure, HeadTenureService tenures, Runnable onSaved) {
        super(ExtensionDraft.class, "extend-dialog", "heads.extend.title", tenure, tenures, onSaved);
        DialogFields.text(decreeNumber, "heads.field.decree", 100);
        DialogFields.date(termEndsOn, "heads.field.new-term-end");
        termEndsOn.setHelperText(RuleTexts.extensionHelper(this::getTranslation, tenures.rules()));
        form.bind(decreeNumber, "decreeNumber");
        form.bind(termEndsOn, "termEndsOn");
        form.read(new ExtensionDraft("", null, tenure.version()));
        explain();
        add(explain, new FormLayout(decreeNumber, termEndsOn));
        setWidth("min(36rem, 95vw)");
    }

    private void explain() {
        explain.setText(getTranslation("heads.extend.explain", Formats.date(tenure.termEndsOn(), getLocale()),
                tenure.extensionCount() + 1, RuleTexts.period(this::getTranslation, tenures.rules().pjTerm())));
    }

    @Override
    void save() {
        submit(draft -> tenures.extend(tenure.id(), draft), "heads.extend.saved", this::stale);
    }

    /**
     * Someone changed the tenure first (extended, corrected or ended it): the term as stored now beside the
     * extension typed. An ended tenure or one that is no longer a Pj cannot be extended: only discard is offered.
     */
    private void stale(ExtensionDraft mine) {
        var now = catchUp();
        explain();
        var extendable = now.active() && now.status() == HeadStatus.PJ;
        form.showConflict(conflict, DialogFields.staleText(form, extendable, now.updatedBy(), now.updatedAt()), List.of(
                DialogFields.row(this, "heads.field.term-end", DialogFields.shown(now.termEndsOn()),
                        DialogFields.shown(mine.termEndsOn())),
                DialogFields.row(this, "heads.field.decree", now.decreeNumber(), mine.decreeNumber())),
                extendable ? this::save : null, this::closeAndRefresh);
    }
}
