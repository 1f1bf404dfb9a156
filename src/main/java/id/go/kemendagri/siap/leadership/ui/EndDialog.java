package id.go.kemendagri.siap.leadership.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;

import id.go.kemendagri.siap.leadership.EndDraft;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** Ends a tenure without a successor yet, with its date and reason. */
class EndDialog extends Dialog {

    final DatePicker endedOn = new DatePicker();
    final Select<EndReason> reason = new Select<>();
    final Button save = new Button();
    private final TenureDetails tenure;
    private final transient HeadTenureService tenures;
    private final transient Runnable onSaved;

    EndDialog(TenureDetails tenure, HeadTenureService tenures, Runnable onSaved) {
        this.tenure = tenure;
        this.tenures = tenures;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("heads.end.title", tenure.personName()));
        addClassName("end-dialog");
        DialogFields.date(endedOn, "heads.field.ended-on");
        DialogFields.select(reason, "heads.field.end-reason", EndReason.values(), r -> "leadership.reason." + r.name());
        add(new FormLayout(endedOn, reason));
        DialogFields.buttons(this, save, this::save);
        setWidth("min(36rem, 95vw)");
    }

    void save() {
        DialogFields.submit(this, () -> tenures.end(tenure.id(), new EndDraft(endedOn.getValue(), reason.getValue(),
                tenure.version())), "heads.end.saved", Map.of("endedOn", endedOn, "reason", reason), onSaved);
    }
}
