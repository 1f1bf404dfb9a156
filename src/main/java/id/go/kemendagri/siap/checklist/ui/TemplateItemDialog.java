package id.go.kemendagri.siap.checklist.ui;

import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.Toasts;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.checklist.ChecklistTemplateService;
import id.go.kemendagri.siap.checklist.DerivedSource;
import id.go.kemendagri.siap.checklist.TemplateDetails;
import id.go.kemendagri.siap.checklist.TemplateItemDetails;
import id.go.kemendagri.siap.checklist.TemplateItemDraft;
import id.go.kemendagri.siap.checklist.Theme;
import id.go.kemendagri.siap.region.ElectionStage;

/** Adds an item to the draft template or changes one; the deadline is a date or days before the vote. */
class TemplateItemDialog extends Dialog {

    final TextField code = new TextField();
    final Select<Theme> theme = new Select<>();
    final IntegerField sortOrder = new IntegerField();
    final TextField nameId = new TextField();
    final TextField nameEn = new TextField();
    final TextArea guidanceId = new TextArea();
    final TextArea guidanceEn = new TextArea();
    final TextField legalBasis = new TextField();
    final DatePicker deadlineDate = new DatePicker();
    final IntegerField daysBefore = new IntegerField();
    final Select<ElectionStage> deadlineStage = new Select<>();
    final Checkbox evidenceRequired = new Checkbox();
    final Checkbox forProvince = new Checkbox();
    final Checkbox forKabupaten = new Checkbox();
    final Checkbox forKota = new Checkbox();
    final IntegerField weight = new IntegerField();
    /** "Diturunkan dari": the source the item's answer follows, or none (answered by hand). */
    final Select<DerivedSource> derivedFrom = new Select<>();
    final Button save = new Button();

    TemplateItemDialog(long templateId, TemplateItemDetails item, ChecklistTemplateService templates,
            Consumer<TemplateDetails> onSaved) {
        setHeaderTitle(getTranslation(item == null ? "checklist.template.add" : "checklist.template.edit-item"));
        setWidth("48rem");
        label(code, "code");
        code.setPlaceholder("KAM-04");
        code.setReadOnly(item != null);
        Fields.select(theme, "checklist.template.field.theme", Theme.values(), t -> "checklist.theme." + t.name(), null);
        label(sortOrder, "sortOrder");
        label(nameId, "nameId");
        label(nameEn, "nameEn");
        label(guidanceId, "guidanceId");
        label(guidanceEn, "guidanceEn");
        label(legalBasis, "legalBasis");
        Fields.date(deadlineDate, "checklist.template.field.deadlineDate", null);
        label(daysBefore, "daysBefore");
        Fields.select(deadlineStage, "checklist.template.field.deadlineStage", ElectionStage.values(), ElectionStage::key,
                null);
        deadlineStage.setValue(ElectionStage.VOTE);
        deadlineStage.setHelperText(getTranslation("checklist.template.field.deadlineStage.help"));
        label(weight, "weight");
        evidenceRequired.setLabel(getTranslation("checklist.template.field.evidenceRequired"));
        forProvince.setLabel(getTranslation("region.level.PROVINSI"));
        forKabupaten.setLabel(getTranslation("region.level.KABUPATEN"));
        forKota.setLabel(getTranslation("region.level.KOTA"));
        label(derivedFrom, "derived");
        derivedFrom.setItems(DerivedSource.values());
        derivedFrom.setEmptySelectionAllowed(true);
        derivedFrom.setEmptySelectionCaption(getTranslation("checklist.template.field.derived.none"));
        derivedFrom.setItemLabelGenerator(source -> source == null ? getTranslation("checklist.template.field.derived.none")
                : getTranslation("checklist.derived-source." + source.name()));
        derivedFrom.setHelperText(getTranslation("checklist.template.field.derived.help"));
        var levels = new Div(forProvince, forKabupaten, forKota);
        levels.addClassName("template-levels");
        var form = new FormLayout(code, theme, nameId, nameEn, guidanceId, guidanceEn, legalBasis, sortOrder,
                deadlineDate, daysBefore, deadlineStage, weight, derivedFrom, evidenceRequired, levels);
        form.setColspan(nameId, 2);
        form.setColspan(nameEn, 2);
        form.setColspan(guidanceId, 2);
        form.setColspan(guidanceEn, 2);
        form.setColspan(legalBasis, 2);
        add(form);
        fill(item);
        Fields.saveAndCancel(this, save, "checklist.save", null, () -> {
            try {
                onSaved.accept(templates.saveItem(templateId, draft()));
                close();
            } catch (InvalidInputException ex) {
                showErrors(ex.fieldErrors());
            }
        }, "checklist.cancel");
    }

    private void label(com.vaadin.flow.component.HasLabel field, String name) {
        field.setLabel(getTranslation("checklist.template.field." + name));
    }

    private void fill(TemplateItemDetails item) {
        if (item == null) {
            forProvince.setValue(true);
            forKabupaten.setValue(true);
            forKota.setValue(true);
            weight.setValue(1);
            sortOrder.setValue(100);
            return;
        }
        code.setValue(item.code());
        theme.setValue(item.theme());
        sortOrder.setValue(item.sortOrder());
        nameId.setValue(item.nameId());
        nameEn.setValue(item.nameEn());
        guidanceId.setValue(item.guidanceId() == null ? "" : item.guidanceId());
        guidanceEn.setValue(item.guidanceEn() == null ? "" : item.guidanceEn());
        legalBasis.setValue(item.legalBasis() == null ? "" : item.legalBasis());
        deadlineDate.setValue(item.deadlineDate());
        daysBefore.setValue(item.daysBefore());
        deadlineStage.setValue(item.deadlineStage() == null ? ElectionStage.VOTE : item.deadlineStage());
        evidenceRequired.setValue(item.evidenceRequired());
        forProvince.setValue(item.forProvince());
        forKabupaten.setValue(item.forKabupaten());
        forKota.setValue(item.forKota());
        weight.setValue(item.weight());
        derivedFrom.setValue(item.derivedFrom());
    }

    TemplateItemDraft draft() {
        return new TemplateItemDraft(code.getValue().strip(), theme.getValue(),
                sortOrder.getValue() == null ? 0 : sortOrder.getValue(), nameId.getValue(), nameEn.getValue(),
                guidanceId.getValue(), guidanceEn.getValue(), legalBasis.getValue(), deadlineDate.getValue(),
                daysBefore.getValue(), deadlineStage.getValue() == ElectionStage.VOTE ? null : deadlineStage.getValue(),
                evidenceRequired.getValue(), forProvince.getValue(),
                forKabupaten.getValue(), forKota.getValue(), weight.getValue() == null ? 0 : weight.getValue(),
                derivedFrom.getValue());
    }

    private void showErrors(Map<String, String> errors) {
        mark(code, errors.get("code"));
        mark(theme, errors.get("theme"));
        mark(nameId, errors.get("nameId"));
        mark(nameEn, errors.get("nameEn"));
        mark(guidanceId, errors.get("guidanceId"));
        mark(guidanceEn, errors.get("guidanceEn"));
        mark(legalBasis, errors.get("legalBasis"));
        mark(deadlineDate, errors.get("deadline"));
        mark(daysBefore, errors.get("deadline"));
        mark(deadlineStage, errors.get("deadlineStage"));
        mark(weight, errors.get("weight"));
        mark(derivedFrom, errors.get("derivedFrom"));
        var levels = errors.get("levels");
        forProvince.getElement().setAttribute("title", levels == null ? "" : getTranslation(levels));
        if (levels != null) {
            Toasts.show(getTranslation(levels), null, 4000);
        }
    }

    private void mark(HasValidation field, String key) {
        field.setInvalid(key != null);
        field.setErrorMessage(key == null ? null : getTranslation(key));
    }
}
