package id.go.kemendagri.siap.followup.ui;

import id.go.kemendagri.siap.base.ui.Toasts;
import java.util.LinkedHashSet;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.followup.FollowUpDraft;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.followup.MeetingDetails;
import id.go.kemendagri.siap.followup.ResponsibleUnit;

/** Gives one follow-up to many of a meeting's regions at once ("each kabupaten/kota submits ..."). */
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

    AssignDialog(FollowUpService followUps, MeetingDetails meeting, Runnable onAssigned) {
        this.followUps = followUps;
        this.meeting = meeting;
        this.onAssigned = onAssigned;
        addClassName("assign-dialog");
        setWidth("min(44rem, 96vw)");
        setHeaderTitle(getTranslation("followup.form.title", meeting.title()));
        description.setLabel(getTranslation("followup.form.description"));
        description.setMaxLength(500);
        description.setId("assign-description");
        unit.setLabel(getTranslation("followup.form.unit"));
        unit.setItems(ResponsibleUnit.values());
        unit.setItemLabelGenerator(value -> getTranslation("followup.unit." + value));
        unit.setId("assign-unit");
        unitOther.setLabel(getTranslation("followup.form.unitOther"));
        unitOther.setMaxLength(100);
        unitOther.setVisible(false);
        unit.addValueChangeListener(e -> unitOther.setVisible(e.getValue() == ResponsibleUnit.LAINNYA));
        deadline.setLabel(getTranslation("followup.form.deadline"));
        deadline.setLocale(getLocale());
        deadline.setMin(meeting.date());
        deadline.setHelperText(Formats.date(meeting.date(), getLocale()) + " →");
        deadline.setId("assign-deadline");
        all.setLabel(getTranslation("followup.form.all-regions"));
        all.setValue(true);
        all.setId("assign-all");
        regionChoice.setLabel(getTranslation("followup.form.regions"));
        regionChoice.setItems(meeting.regions());
        regionChoice.setItemLabelGenerator(r -> r.code() + " " + r.name());
        regionChoice.setVisible(false);
        regionChoice.setWidthFull();
        all.addValueChangeListener(e -> regionChoice.setVisible(!e.getValue()));
        var form = new FormLayout(description, unit, unitOther, deadline, all, regionChoice);
        form.setColspan(description, 2);
        form.setColspan(regionChoice, 2);
        add(form);
        save.setText(getTranslation("followup.form.save"));
        save.setId("assign-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("meeting.form.cancel"), click -> close()), save);
    }

    private void save() {
        var codes = new LinkedHashSet<String>();
        (all.getValue() ? meeting.regions() : regionChoice.getValue()).forEach(r -> codes.add(r.code()));
        try {
            var created = followUps.assign(meeting.id(), new FollowUpDraft(description.getValue(), unit.getValue(),
                    unitOther.getValue(), deadline.getValue(), codes));
            close();
            onAssigned.run();
            Toasts.show(getTranslation("followup.assigned", created), NotificationVariant.LUMO_SUCCESS, 3000);
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        }
    }

    private void showErrors(Map<String, String> errors) {
        if (errors.containsKey("regions")) {
            regionChoice.setVisible(true);
            all.setValue(false);
        }
        FieldErrors.show(this, errors, Map.of("description", description, "unit", unit, "unitOther", unitOther,
                "deadline", deadline, "regions", regionChoice));
    }
}
