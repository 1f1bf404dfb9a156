package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.leadership.ExtensionDraft;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** Extends a Pj by a new term (one year from the current end unless another end is given). */
class ExtendDialog extends Dialog {

    final TextField decreeNumber = new TextField();
    final DatePicker termEndsOn = new DatePicker();
    final Button save = new Button();
    private final Div conflict = ConflictPanel.area();
    private final Paragraph explain = new Paragraph();
    private final DraftForm<ExtensionDraft> form = new DraftForm<>(this, ExtensionDraft.class);
    /** The tenure as the form was opened; only a refused stale save moves it to the current version. */
    private TenureDetails tenure;
    private final transient HeadTenureService tenures;
    private final transient Runnable onSaved;

    ExtendDialog(TenureDetails tenure, HeadTenureService tenures, Runnable onSaved) {
        this.tenure = tenure;
        this.tenures = tenures;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("heads.extend.title", tenure.personName()));
        addClassName("extend-dialog");
        add(conflict);
        DialogFields.text(decreeNumber, "heads.field.decree", 100);
        DialogFields.date(termEndsOn, "heads.field.new-term-end");
        termEndsOn.setHelperText(RuleTexts.extensionHelper(this::getTranslation, tenures.rules()));
        form.bind(decreeNumber, "decreeNumber");
        form.bind(termEndsOn, "termEndsOn");
        form.read(new ExtensionDraft("", null, tenure.version()));
        explain();
        add(explain, new FormLayout(decreeNumber, termEndsOn));
        DialogFields.buttons(this, save, this::save);
        setWidth("min(36rem, 95vw)");
    }

    private void explain() {
        explain.setText(getTranslation("heads.extend.explain", Formats.date(tenure.termEndsOn(), getLocale()),
                tenure.extensionCount() + 1, RuleTexts.period(this::getTranslation, tenures.rules().pjTerm())));
    }

    void save() {
        form.keep("version", tenure.version());
        DialogFields.submit(this, form, draft -> tenures.extend(tenure.id(), draft), "heads.extend.saved", onSaved,
                this::stale);
    }

    /**
     * Someone changed the tenure first (extended, corrected or ended it): the term as stored now beside the
     * extension typed. An ended tenure or one that is no longer a Pj cannot be extended: only discard is offered.
     */
    private void stale() {
        var now = tenures.history(tenure.regionCode()).stream().filter(t -> t.id() == tenure.id()).findFirst()
                .orElse(tenure);
        tenure = now;
        explain();
        var extendable = now.active() && now.status() == HeadStatus.PJ;
        form.showConflict(conflict, DialogFields.staleText(form, extendable, now.updatedBy(), now.updatedAt()), List.of(
                DialogFields.row(this, "heads.field.term-end", DialogFields.shown(now.termEndsOn()),
                        DialogFields.shown(termEndsOn.getValue())),
                DialogFields.row(this, "heads.field.decree", now.decreeNumber(), decreeNumber.getValue())),
                extendable ? this::save : null, () -> {
                    close();
                    onSaved.run();
                });
    }
}
