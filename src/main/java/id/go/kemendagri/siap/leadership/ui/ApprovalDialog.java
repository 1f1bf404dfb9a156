package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.DraftDialog;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.leadership.ApprovalDetails;
import id.go.kemendagri.siap.leadership.ApprovalDraft;
import id.go.kemendagri.siap.leadership.ApprovalKind;
import id.go.kemendagri.siap.leadership.MinisterApprovalService;
import id.go.kemendagri.siap.leadership.MinisterApprovalService.RegionOption;

/**
 * Records or changes an entry of the register of the Minister's written approvals: the region, what the acting
 * head did or plans and when, and the approval letter (number and date) when there is one.
 */
class ApprovalDialog extends DraftDialog<ApprovalDraft> {

    final ComboBox<RegionOption> region = new ComboBox<>();
    final Select<ApprovalKind> kind = new Select<>();
    final TextArea subject = new TextArea();
    final DatePicker actionOn = new DatePicker();
    final TextField approvalNumber = new TextField();
    final DatePicker approvedOn = new DatePicker();
    final Button delete = new Button();
    private final transient MinisterApprovalService approvals;
    private ApprovalDetails entry;

    ApprovalDialog(ApprovalDetails entry, String regionCode, MinisterApprovalService approvals, Runnable onSaved) {
        super(ApprovalDraft.class, "approval-dialog", onSaved);
        this.entry = entry;
        this.approvals = approvals;
        setHeaderTitle(getTranslation(entry == null ? "leadership.approval.add" : "leadership.approval.edit"));
        region.setLabel(getTranslation("heads.column.region"));
        region.setItemLabelGenerator(r -> r.code() + " " + r.name());
        if (entry == null) {
            var options = approvals.regionsInScope();
            region.setItems(options);
            options.stream().filter(r -> r.code().equals(regionCode)).findFirst().ifPresent(region::setValue);
        } else {
            var fixed = new RegionOption(entry.regionCode(), entry.regionName());
            region.setItems(List.of(fixed));
            region.setValue(fixed);
            region.setReadOnly(true);
        }
        DialogFields.select(kind, "leadership.approval.kind", ApprovalKind.values(),
                k -> "leadership.approval.kind." + k.name());
        Fields.text(subject, "leadership.approval.subject", 300, null);
        subject.setHelperText(getTranslation("leadership.approval.subject.helper"));
        DialogFields.date(actionOn, "leadership.approval.action-on");
        DialogFields.text(approvalNumber, "leadership.approval.number", 100);
        DialogFields.date(approvedOn, "leadership.approval.approved-on");
        approvalNumber.setHelperText(getTranslation("leadership.approval.number.helper"));
        form.bind(kind, "kind");
        form.bind(subject, "subject");
        form.bind(actionOn, "actionOn");
        form.bind(approvalNumber, "approvalNumber");
        form.bind(approvedOn, "approvedOn");
        form.read(entry == null ? new ApprovalDraft(null, "", null, "", null, null)
                : new ApprovalDraft(entry.kind(), entry.subject(), entry.actionOn(),
                        entry.approvalNumber() == null ? "" : entry.approvalNumber(), entry.approvedOn(), entry.version()));
        var layout = new FormLayout(region, kind, subject, actionOn, approvalNumber, approvedOn);
        layout.setColspan(subject, 2);
        add(layout);
        DialogFields.buttons(this, this::save);
        if (entry != null) {
            Fields.button(delete, "leadership.approval.delete", null, this::delete, ButtonVariant.LUMO_ERROR,
                    ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
        setWidth("min(44rem, 95vw)");
    }

    void save() {
        if (region.getValue() == null) {
            region.setErrorMessage(getTranslation("leadership.error.approval.region"));
            region.setInvalid(true);
            return;
        }
        region.setInvalid(false);
        var code = region.getValue().code();
        if (entry != null) {
            form.keep("version", entry.version());
        }
        submit(draft -> approvals.save(entry == null ? null : entry.id(), code, draft), "leadership.approval.saved",
                this::stale);
    }

    private void delete() {
        try {
            approvals.delete(entry.id(), entry.version());
            FieldErrors.notify(getTranslation("leadership.approval.deleted"), NotificationVariant.LUMO_SUCCESS);
        } catch (StaleDataException e) {
            FieldErrors.notify(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
        }
        closeAndRefresh();
    }

    /** Someone changed the entry first: the stored entry beside what was typed; saving again overwrites it. */
    private void stale(ApprovalDraft mine) {
        var now = approvals.find(entry.id()).orElse(null);
        if (now == null) {
            FieldErrors.notify(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
            closeAndRefresh();
            return;
        }
        entry = now;
        form.showConflict(conflict, DialogFields.staleText(form, true, now.updatedBy(), now.updatedAt()), List.of(
                DialogFields.row(this, "leadership.approval.subject", now.subject(), mine.subject()),
                DialogFields.row(this, "leadership.approval.action-on", DialogFields.shown(now.actionOn()),
                        DialogFields.shown(mine.actionOn())),
                DialogFields.row(this, "leadership.approval.number", DialogFields.text(now.approvalNumber()),
                        mine.approvalNumber())),
                this::save, this::closeAndRefresh);
    }
}
