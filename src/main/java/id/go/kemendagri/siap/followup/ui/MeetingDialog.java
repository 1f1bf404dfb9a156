package id.go.kemendagri.siap.followup.ui;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.followup.MeetingDetails;
import id.go.kemendagri.siap.followup.MeetingDraft;
import id.go.kemendagri.siap.followup.MeetingService;
import id.go.kemendagri.siap.followup.MeetingType;
import id.go.kemendagri.siap.region.RegionFilter;
import id.go.kemendagri.siap.region.RegionService;

/** Creates or edits a meeting; the service checks everything again and refuses stale edits. */
class MeetingDialog extends Dialog {

    private final transient MeetingService meetings;
    private final transient RegionService regions;
    private final transient Consumer<MeetingDetails> onSaved;
    private final Long id;
    private Long version;
    final Select<MeetingType> type = new Select<>();
    final TextField title = new TextField();
    final DatePicker date = new DatePicker();
    final TextField organiser = new TextField();
    final TextField place = new TextField();
    final Checkbox online = new Checkbox();
    final TextArea minutes = new TextArea();
    final MultiSelectComboBox<RegionOption> participants = new MultiSelectComboBox<>();
    final ComboBox<Province> province = new ComboBox<>();
    final Button save = new Button();
    private final Paragraph stale = new Paragraph();

    MeetingDialog(MeetingService meetings, RegionService regions, MeetingDetails existing, Consumer<MeetingDetails> onSaved) {
        this.meetings = meetings;
        this.regions = regions;
        this.onSaved = onSaved;
        this.id = existing == null ? null : existing.id();
        addClassName("meeting-dialog");
        setWidth("min(52rem, 96vw)");
        setHeaderTitle(getTranslation(existing == null ? "meeting.form.title.new" : "meeting.form.title.edit"));
        configureFields();
        var form = new FormLayout(type, date, title, organiser, place, online, minutes);
        form.setColspan(title, 2);
        form.setColspan(minutes, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        var addProvince = new Button(getTranslation("meeting.form.add-province"), click -> addProvince());
        var provinceLine = new HorizontalLayout(province, addProvince);
        provinceLine.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        stale.addClassName("stale-message");
        stale.setVisible(false);
        add(stale, form, participants, provinceLine);
        save.setText(getTranslation("meeting.form.save"));
        save.setId("meeting-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        getFooter().add(new Button(getTranslation("meeting.form.cancel"), click -> close()), save);
        if (existing != null) {
            fill(existing);
        }
    }

    private void configureFields() {
        type.setLabel(getTranslation("meeting.form.type"));
        type.setItems(MeetingType.values());
        type.setItemLabelGenerator(value -> getTranslation("meeting.type." + value));
        type.setId("meeting-type");
        title.setLabel(getTranslation("meeting.form.title"));
        title.setMaxLength(200);
        title.setId("meeting-title");
        date.setLabel(getTranslation("meeting.form.date"));
        date.setLocale(getLocale());
        date.setId("meeting-date");
        organiser.setLabel(getTranslation("meeting.form.organiser"));
        organiser.setMaxLength(150);
        organiser.setId("meeting-organiser");
        place.setLabel(getTranslation("meeting.form.place"));
        place.setMaxLength(200);
        place.setId("meeting-place");
        online.setLabel(getTranslation("meeting.form.online"));
        online.setId("meeting-online");
        minutes.setLabel(getTranslation("meeting.form.minutes"));
        minutes.setMaxLength(8000);
        minutes.setId("meeting-minutes");
        participants.setLabel(getTranslation("meeting.form.regions"));
        participants.setHelperText(getTranslation("meeting.form.regions.helper"));
        participants.setWidthFull();
        participants.setItemLabelGenerator(RegionOption::label);
        participants.setItems(query -> regions.page(new RegionFilter(null, null, null, query.getFilter().orElse(null)),
                query.getOffset(), query.getLimit(), false, false).stream()
                .map(row -> new RegionOption(row.code(), row.name())));
        participants.setId("meeting-regions");
        province.setLabel(getTranslation("meetings.filter.province"));
        province.setItems(regions.provinces());
        province.setItemLabelGenerator(p -> p.code() + " " + p.name());
        province.setWidth("20rem");
    }

    private void addProvince() {
        if (province.getValue() == null) {
            return;
        }
        var selected = new LinkedHashSet<>(participants.getValue());
        regions.page(RegionFilter.ALL.withProvince(province.getValue().code()), 0, 200, false, false)
                .forEach(row -> selected.add(new RegionOption(row.code(), row.name())));
        participants.setValue(selected);
    }

    private void fill(MeetingDetails meeting) {
        version = meeting.version();
        type.setValue(meeting.type());
        title.setValue(meeting.title());
        date.setValue(meeting.date());
        organiser.setValue(meeting.organiser());
        place.setValue(meeting.place());
        online.setValue(meeting.online());
        minutes.setValue(meeting.minutes());
        participants.setValue(new LinkedHashSet<>(meeting.regions().stream()
                .map(region -> new RegionOption(region.code(), region.name())).toList()));
    }

    private MeetingDraft draft() {
        var codes = new LinkedHashSet<String>();
        participants.getValue().forEach(option -> codes.add(option.code()));
        return new MeetingDraft(type.getValue(), title.getValue(), date.getValue(), organiser.getValue(),
                place.getValue(), online.getValue(), minutes.getValue(), codes, version);
    }

    private void save() {
        try {
            var saved = meetings.save(id, draft());
            close();
            onSaved.accept(saved);
            Notification.show(getTranslation("meeting.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        } catch (StaleDataException e) {
            var current = meetings.details(id);
            stale.setText(getTranslation("error.stale") + " (" + current.updatedBy() + ")");
            stale.setVisible(true);
            version = current.version();
        }
    }

    private void showErrors(Map<String, String> errors) {
        FieldErrors.show(this, errors, Map.of("type", type, "title", title, "date", date, "organiser", organiser,
                "place", place, "minutes", minutes, "regions", participants));
    }
}
