package id.go.kemendagri.siap.followup.ui;

import java.util.LinkedHashSet;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.Toasts;
import id.go.kemendagri.siap.followup.FollowUpDraft;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.followup.MeetingDetails;
import id.go.kemendagri.siap.followup.ResponsibleUnit;

/**
 * Gives one follow-up to many of a meeting's regions at once ("each kabupaten/kota submits ..."). The fields are
 * bound to a {@link FollowUpDraft} through a {@link DraftForm}, the regions chosen as its region codes ("all
 * participants" chooses every one of them); the service checks everything again.
 */
class AssignDialog extends Dialog {

    private final transient FollowUpService followUps;
    private final MeetingDetails meeting;
    private final transient Runnable onAssigned;
    final TextArea description = new TextArea();
    final Select<ResponsibleUnit> unit = new Select<>();
    final TextField unitOther = new TextField();
    final DatePicker deadline = new DatePicker();
    final Checkbox all = new Checkbox();
    final MultiSelectComboBox<MeetingDetails.RegionName> regionChoice = new MultiSelectComboBox<>();
    final Button save = new Button();
    private final DraftForm<FollowUpDraft> form = new DraftForm<>(this, FollowUpDraft.class);

    AssignDialog(FollowUpService followUps, MeetingDetails meeting, Runnable onAssigned) {
        this.followUps = followUps;
        this.meeting = meeting;
        this.onAssigned = onAssigned;
        addClassName("assign-dialog");
        setWidth("min(44rem, 96vw)");
        setHeaderTitle(getTranslation("followup.form.title", meeting.title()));
        Fields.text(description, "followup.form.description", 500, "assign-description");
        Fields.select(unit, "followup.form.unit", ResponsibleUnit.values(), value -> "followup.unit." + value,
                "assign-unit");
        Fields.text(unitOther, "followup.form.unitOther", 100, null);
        unitOther.setVisible(false);
        unit.addValueChangeListener(e -> unitOther.setVisible(e.getValue() == ResponsibleUnit.LAINNYA));
        Fields.date(deadline, "followup.form.deadline", "assign-deadline");
        deadline.setMin(meeting.date());
        deadline.setHelperText(Formats.date(meeting.date(), getLocale()) + " →");
        all.setLabel(getTranslation("followup.form.all-regions"));
        all.setValue(true);
        all.setId("assign-all");
        regionChoice.setLabel(getTranslation("followup.form.regions"));
        regionChoice.setItems(meeting.regions());
        regionChoice.setItemLabelGenerator(r -> r.code() + " " + r.name());
        regionChoice.setVisible(false);
        regionChoice.setWidthFull();
        all.addValueChangeListener(e -> chooseAll(e.getValue()));
        bind();
        var layout = new FormLayout(description, unit, unitOther, deadline, all, regionChoice);
        layout.setColspan(description, 2);
        layout.setColspan(regionChoice, 2);
        add(layout);
        Fields.saveAndCancel(this, save, "followup.form.save", "assign-save", this::save, "meeting.form.cancel");
    }

    private void bind() {
        // The deadline picker's own minimum would mark it without a word; the service explains a deadline too early.
        form.binder().setDefaultValidatorsEnabled(false);
        form.bind(description, "description");
        form.bind(unit, "unit");
        form.bind(unitOther, "unitOther");
        form.bind(deadline, "deadline");
        form.bind(regionChoice, "regionCodes", Converter.<Set<MeetingDetails.RegionName>, Set<String>>from(
                chosen -> Result.ok(new LinkedHashSet<>(chosen.stream().map(MeetingDetails.RegionName::code).toList())),
                codes -> new LinkedHashSet<>(meeting.regions().stream().filter(r -> codes.contains(r.code())).toList())));
        form.errorsNamed("regions", "regionCodes");
        form.read(new FollowUpDraft("", null, "", null, Set.of()));
        chooseAll(true);
    }

    /** "All participants" chooses every region of the meeting; unticked, the user chooses from none. */
    private void chooseAll(boolean everyone) {
        regionChoice.setVisible(!everyone);
        regionChoice.setValue(everyone ? new LinkedHashSet<>(meeting.regions()) : Set.of());
    }

    private void save() {
        form.save(draft -> followUps.assign(meeting.id(), draft), created -> {
            close();
            onAssigned.run();
            Toasts.show(getTranslation("followup.assigned", created), NotificationVariant.LUMO_SUCCESS, 3000);
        }, typed -> { });
    }
}
