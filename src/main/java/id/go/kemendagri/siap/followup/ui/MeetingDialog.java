package id.go.kemendagri.siap.followup.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
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
    /** The fields bound to the draft (participants as region codes); the version loaded is kept. */
    final DraftForm<MeetingDraft> form = new DraftForm<>(this, MeetingDraft.class);
    /** Names of the regions shown, to show codes by name (in the field and the conflict panel). */
    private final Map<String, String> regionNames = new HashMap<>();
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
    private final Div conflict = ConflictPanel.area();

    MeetingDialog(MeetingService meetings, RegionService regions, MeetingDetails existing, Consumer<MeetingDetails> onSaved) {
        this.meetings = meetings;
        this.regions = regions;
        this.onSaved = onSaved;
        this.id = existing == null ? null : existing.id();
        addClassName("meeting-dialog");
        setWidth("min(52rem, 96vw)");
        setHeaderTitle(getTranslation(existing == null ? "meeting.form.title.new" : "meeting.form.title.edit"));
        configureFields();
        bind();
        var layout = new FormLayout(type, date, title, organiser, place, online, minutes);
        layout.setColspan(title, 2);
        layout.setColspan(minutes, 2);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        var addProvince = new Button(getTranslation("meeting.form.add-province"), click -> addProvince());
        var provinceLine = new HorizontalLayout(province, addProvince);
        provinceLine.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(conflict, layout, participants, provinceLine);
        Fields.saveAndCancel(this, save, "meeting.form.save", "meeting-save", this::save, "meeting.form.cancel");
        if (existing != null) {
            fill(existing);
        } else {
            form.read(new MeetingDraft(null, "", null, "", "", false, "", new LinkedHashSet<>(), null));
        }
    }

    private void bind() {
        form.bind(type, "type");
        form.bind(title, "title");
        form.bind(date, "date");
        form.bind(organiser, "organiser");
        form.bind(place, "place");
        form.bind(online, "online");
        form.bind(minutes, "minutes");
        form.bind(participants, "regionCodes", Converter.<Set<RegionOption>, Set<String>>from(
                options -> Result.ok(new LinkedHashSet<>(options.stream().map(RegionOption::code).toList())),
                codes -> new LinkedHashSet<>(codes.stream().map(code -> new RegionOption(code,
                        regionNames.getOrDefault(code, code))).toList())));
        form.errorsNamed("regions", "regionCodes");
        form.showAs("regionCodes", (Set<String> codes) -> String.join(", ",
                codes.stream().map(code -> regionNames.getOrDefault(code, code)).toList()));
        form.showAs("date", (java.time.LocalDate value) -> Formats.date(value, getLocale()));
        form.showAs("online", (Boolean value) -> getTranslation(value ? "meeting.form.online.yes" : "meeting.form.online.no"));
    }

    private void configureFields() {
        Fields.select(type, "meeting.form.type", MeetingType.values(), value -> "meeting.type." + value, "meeting-type");
        Fields.text(title, "meeting.form.title", 200, "meeting-title");
        Fields.date(date, "meeting.form.date", "meeting-date");
        Fields.text(organiser, "meeting.form.organiser", 150, "meeting-organiser");
        Fields.text(place, "meeting.form.place", 200, "meeting-place");
        online.setLabel(getTranslation("meeting.form.online"));
        online.setId("meeting-online");
        Fields.text(minutes, "meeting.form.minutes", 8000, "meeting-minutes");
        participants.setLabel(getTranslation("meeting.form.regions"));
        participants.setHelperText(getTranslation("meeting.form.regions.helper"));
        participants.setWidthFull();
        participants.setItemLabelGenerator(RegionOption::label);
        participants.setItems(query -> regions.page(new RegionFilter(null, null, null, query.getFilter().orElse(null)),
                toSpringPageRequest(query)).stream()
                .map(row -> new RegionOption(row.code(), row.name())));
        participants.setId("meeting-regions");
        Fields.province(province, "meetings.filter.province", regions.provinces(), null);
        province.setWidth("20rem");
    }

    private void addProvince() {
        if (province.getValue() == null) {
            return;
        }
        var selected = new LinkedHashSet<>(participants.getValue());
        regions.page(RegionFilter.ALL.withProvince(province.getValue().code()), PageRequest.of(0, 200))
                .forEach(row -> selected.add(new RegionOption(row.code(), row.name())));
        participants.setValue(selected);
    }

    private void fill(MeetingDetails meeting) {
        meeting.regions().forEach(region -> regionNames.put(region.code(), region.name()));
        var draft = meeting.toDraft();
        form.read(new MeetingDraft(draft.type(), draft.title(), draft.date(), nonNull(draft.organiser()),
                nonNull(draft.place()), draft.online(), nonNull(draft.minutes()), draft.regionCodes(), draft.version()));
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private void save() {
        participants.getValue().forEach(option -> regionNames.put(option.code(), option.name()));
        form.save(draft -> meetings.save(id, draft), "meeting.saved", saved -> {
            close();
            onSaved.accept(saved);
        }, this::showConflict);
    }

    /** Someone saved the meeting first: their version beside what this user typed; apply or discard. */
    private void showConflict(MeetingDraft mine) {
        var current = meetings.details(id);
        current.regions().forEach(region -> regionNames.put(region.code(), region.name()));
        form.showConflict(conflict, getTranslation("meeting.form.stale", current.updatedBy() == null ? "-"
                : current.updatedBy()), current.toDraft(), mine, "version", () -> {
                    conflict.setVisible(false);
                    save();
                }, () -> conflict.setVisible(false));
    }
}
