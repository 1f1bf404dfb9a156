package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.leadership.CampaignLeaveDraft;
import id.go.kemendagri.siap.leadership.CampaignLeaveService;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.TenureDetails;

/**
 * Records the campaign leave of an elected head who runs again, with the Pjs the Minister designated: the
 * leave's dates are the cycle's campaign stage, stated above the form, not typed.
 */
class CampaignLeaveDialog extends TenureDialog<CampaignLeaveDraft> {

    final TextField pjsName = new TextField();
    final TextField pjsNip = new TextField();
    final TextField pjsOrigin = new TextField();
    final TextField decreeNumber = new TextField();
    final DatePicker decreeDate = new DatePicker();
    private final transient CampaignLeaveService leaves;

    CampaignLeaveDialog(TenureDetails head, CampaignLeaveService leaves, HeadTenureService tenures, Runnable onSaved) {
        super(CampaignLeaveDraft.class, "leave-dialog", "heads.leave.title", head, tenures, onSaved);
        this.leaves = leaves;
        var locale = getLocale();
        add(new Paragraph(leaves.campaign().map(campaign -> getTranslation("heads.leave.intro",
                Formats.date(campaign.startsOn(), locale), Formats.date(campaign.endsOn(), locale),
                Formats.date(campaign.endsOn().plusDays(1), locale)))
                .orElseGet(() -> getTranslation("leadership.error.leave.no-campaign"))));
        DialogFields.text(pjsName, "heads.leave.pjs-name", 120);
        DialogFields.text(pjsNip, "heads.leave.pjs-nip", 24);
        pjsNip.setHelperText(getTranslation("heads.field.nip.helper"));
        DialogFields.text(pjsOrigin, "heads.leave.pjs-origin", 150);
        DialogFields.text(decreeNumber, "heads.leave.decree", 100);
        decreeNumber.setHelperText(getTranslation("heads.leave.decree.helper"));
        DialogFields.date(decreeDate, "heads.leave.decree-date");
        decreeDate.setHelperText(getTranslation("heads.leave.decree-date.helper"));
        leaves.campaign().ifPresent(campaign -> decreeDate.setMax(campaign.startsOn()));
        form.bind(pjsName, "pjsName");
        form.bind(pjsNip, "pjsNip");
        form.bind(pjsOrigin, "pjsOrigin");
        form.bind(decreeNumber, "decreeNumber");
        form.bind(decreeDate, "decreeDate");
        var leave = head.leave();
        form.read(leave == null ? new CampaignLeaveDraft("", "", "", "", null, head.version())
                : new CampaignLeaveDraft(leave.pjsName(), leave.pjsNip(), leave.pjsOrigin() == null ? "" : leave.pjsOrigin(),
                        leave.decreeNumber(), leave.decreeDate(), head.version()));
        add(new FormLayout(pjsName, pjsNip, pjsOrigin, decreeNumber, decreeDate));
        setWidth("min(40rem, 95vw)");
    }

    @Override
    void save() {
        submit(draft -> leaves.record(tenure.id(), draft), "heads.leave.saved", this::stale);
    }

    /** Someone changed the head's record first: the Pjs as stored now beside the one typed. */
    private void stale(CampaignLeaveDraft mine) {
        var seen = tenure;
        var now = tenures.current(seen.regionCode()).orElse(seen);
        tenure = now;
        var stored = now.leave();
        var applicable = now.id() == seen.id() && now.active();
        form.showConflict(conflict, DialogFields.staleText(form, applicable, now.updatedBy(), now.updatedAt()), List.of(
                DialogFields.row(this, "heads.field.person-name", now.personName(), seen.personName()),
                DialogFields.row(this, "heads.leave.pjs-name", stored == null ? "–" : stored.pjsName(), mine.pjsName()),
                DialogFields.row(this, "heads.leave.decree", stored == null ? "–" : stored.decreeNumber(),
                        mine.decreeNumber()),
                DialogFields.row(this, "heads.leave.decree-date", stored == null || stored.decreeDate() == null ? "–"
                        : Formats.date(stored.decreeDate(), getLocale()),
                        mine.decreeDate() == null ? "–" : Formats.date(mine.decreeDate(), getLocale()))),
                applicable ? this::save : null, this::closeAndRefresh);
    }

    /** Asks, then removes a campaign leave recorded by mistake. */
    static void cancel(Component owner, TenureDetails head, CampaignLeaveService leaves, Runnable onSaved) {
        var confirm = new ConfirmDialog(owner.getTranslation("heads.leave.cancel.title", head.personName()),
                owner.getTranslation("heads.leave.cancel.text"), owner.getTranslation("heads.leave.cancel.confirm"),
                e -> {
                    try {
                        leaves.cancel(head.id(), head.version());
                        FieldErrors.notify(owner.getTranslation("heads.leave.cancelled"), NotificationVariant.LUMO_SUCCESS);
                    } catch (StaleDataException | InvalidInputException ex) {
                        FieldErrors.notify(owner.getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
                    }
                    onSaved.run();
                }, owner.getTranslation("heads.cancel"), e -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
