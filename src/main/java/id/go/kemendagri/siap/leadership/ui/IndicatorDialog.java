package id.go.kemendagri.siap.leadership.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.ui.FieldErrors;
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
    private final Div conflict;
    /** The indicator as the form was opened (null: a new one); only a refused stale save moves it. */
    private IndicatorDetails existing;
    private final transient IndicatorService indicators;
    private final transient Runnable onSaved;

    IndicatorDialog(IndicatorDetails existing, IndicatorService indicators, Runnable onSaved) {
        this.existing = existing;
        this.indicators = indicators;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "indicators.add" : "indicators.edit"));
        conflict = DialogFields.conflictArea(this);
        DialogFields.select(aspect, "indicators.aspect", Aspect.values(), a -> "leadership.aspect." + a.name());
        DialogFields.text(name, "indicators.name", 200);
        sortOrder.setLabel(getTranslation("indicators.order"));
        active.setLabel(getTranslation("indicators.active"));
        if (existing != null) {
            fill(existing);
        } else {
            sortOrder.setValue(1000);
            active.setValue(true);
        }
        add(new FormLayout(aspect, name, sortOrder, active));
        DialogFields.buttons(this, save, this::save);
        setWidth("min(36rem, 95vw)");
    }

    private void fill(IndicatorDetails indicator) {
        aspect.setValue(indicator.aspect());
        name.setValue(indicator.name());
        sortOrder.setValue(indicator.sortOrder());
        active.setValue(indicator.active());
    }

    void save() {
        var order = sortOrder.getValue() == null ? -1 : sortOrder.getValue();
        DialogFields.submit(this, () -> indicators.save(existing == null ? null : existing.id(), new IndicatorDraft(
                aspect.getValue(), name.getValue(), order, active.getValue(), existing == null ? null : existing.version())),
                "indicators.saved", Map.of("aspect", aspect, "name", name, "sortOrder", sortOrder), onSaved, this::stale);
    }

    /**
     * Someone changed the indicator first: theirs beside the one typed. A new indicator has nothing to compare
     * with (the race was on its name): the form stays as typed and saving again says what is wrong.
     */
    private void stale() {
        var now = existing == null ? null
                : indicators.all().stream().filter(i -> i.id() == existing.id()).findFirst().orElse(null);
        if (now == null) {
            FieldErrors.notify(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
            return;
        }
        existing = now;
        DialogFields.conflict(this, conflict, null, null, List.of(
                DialogFields.row(this, "indicators.aspect", DialogFields.label(this, "leadership.aspect.", now.aspect()),
                        DialogFields.label(this, "leadership.aspect.", aspect.getValue())),
                DialogFields.row(this, "indicators.name", now.name(), name.getValue()),
                DialogFields.row(this, "indicators.order", DialogFields.text(now.sortOrder()),
                        DialogFields.text(sortOrder.getValue())),
                DialogFields.row(this, "indicators.state", state(now.active()), state(active.getValue()))),
                this::save, () -> fill(now));
    }

    private String state(Boolean value) {
        return value == null ? null : getTranslation(value ? "indicators.active" : "indicators.retired");
    }
}
