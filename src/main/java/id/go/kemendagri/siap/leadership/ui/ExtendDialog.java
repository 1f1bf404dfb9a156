package id.go.kemendagri.siap.leadership.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.leadership.ExtensionDraft;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** Extends a Pj by a new term (one year from the current end unless another end is given). */
class ExtendDialog extends Dialog {

    final TextField decreeNumber = new TextField();
    final DatePicker termEndsOn = new DatePicker();
    final Button save = new Button();
    private final TenureDetails tenure;
    private final transient HeadTenureService tenures;
    private final transient Runnable onSaved;

    ExtendDialog(TenureDetails tenure, HeadTenureService tenures, Runnable onSaved) {
        this.tenure = tenure;
        this.tenures = tenures;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("heads.extend.title", tenure.personName()));
        addClassName("extend-dialog");
        DialogFields.text(decreeNumber, "heads.field.decree", 100);
        DialogFields.date(termEndsOn, "heads.field.new-term-end");
        termEndsOn.setHelperText(getTranslation("heads.field.new-term-end.helper"));
        add(new Paragraph(getTranslation("heads.extend.explain", Formats.date(tenure.termEndsOn(), getLocale()),
                tenure.extensionCount() + 1)), new FormLayout(decreeNumber, termEndsOn));
        DialogFields.buttons(this, save, this::save);
        setWidth("min(36rem, 95vw)");
    }

    void save() {
        DialogFields.submit(this, () -> tenures.extend(tenure.id(), new ExtensionDraft(decreeNumber.getValue(),
                termEndsOn.getValue(), tenure.version())), "heads.extend.saved",
                Map.of("decreeNumber", decreeNumber, "termEndsOn", termEndsOn), onSaved);
    }
}
