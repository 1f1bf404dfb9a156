package id.go.kemendagri.siap.leadership.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.leadership.Aspect;
import id.go.kemendagri.siap.leadership.IndicatorDetails;
import id.go.kemendagri.siap.leadership.IndicatorDraft;
import id.go.kemendagri.siap.leadership.IndicatorService;

/** Adds an indicator ({@code existing} null) or changes one. */
class IndicatorDialog extends Dialog {

    final Select<Aspect> aspect = new Select<>();
    final TextField name = new TextField();
    final IntegerField sortOrder = new IntegerField();
    final Checkbox active = new Checkbox();
    final Button save = new Button();
    private final IndicatorDetails existing;
    private final transient IndicatorService indicators;
    private final transient Runnable onSaved;

    IndicatorDialog(IndicatorDetails existing, IndicatorService indicators, Runnable onSaved) {
        this.existing = existing;
        this.indicators = indicators;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "indicators.add" : "indicators.edit"));
        DialogFields.select(aspect, "indicators.aspect", Aspect.values(), a -> "leadership.aspect." + a.name());
        DialogFields.text(name, "indicators.name", 200);
        sortOrder.setLabel(getTranslation("indicators.order"));
        active.setLabel(getTranslation("indicators.active"));
        if (existing != null) {
            aspect.setValue(existing.aspect());
            name.setValue(existing.name());
            sortOrder.setValue(existing.sortOrder());
            active.setValue(existing.active());
        } else {
            sortOrder.setValue(1000);
            active.setValue(true);
        }
        add(new FormLayout(aspect, name, sortOrder, active));
        DialogFields.buttons(this, save, this::save);
        setWidth("min(36rem, 95vw)");
    }

    void save() {
        var order = sortOrder.getValue() == null ? -1 : sortOrder.getValue();
        DialogFields.submit(this, () -> indicators.save(existing == null ? null : existing.id(), new IndicatorDraft(
                aspect.getValue(), name.getValue(), order, active.getValue(), existing == null ? null : existing.version())),
                "indicators.saved", Map.of("aspect", aspect, "name", name, "sortOrder", sortOrder), onSaved);
    }
}
