package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

import id.go.kemendagri.siap.base.ui.DraftDialog;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.leadership.Aspect;
import id.go.kemendagri.siap.leadership.IndicatorDetails;
import id.go.kemendagri.siap.leadership.IndicatorDraft;
import id.go.kemendagri.siap.leadership.IndicatorService;

/** Adds an indicator ({@code existing} null) or changes one. */
class IndicatorDialog extends DraftDialog<IndicatorDraft> {

    final Select<Aspect> aspect = new Select<>();
    final TextField name = new TextField();
    final IntegerField sortOrder = new IntegerField();
    final Checkbox active = new Checkbox();
    /** The indicator as the form was opened (null: a new one); only a refused stale save moves it. */
    private IndicatorDetails existing;
    private final transient IndicatorService indicators;

    IndicatorDialog(IndicatorDetails existing, IndicatorService indicators, Runnable onSaved) {
        super(IndicatorDraft.class, "indicator-dialog", onSaved);
        this.existing = existing;
        this.indicators = indicators;
        setHeaderTitle(getTranslation(existing == null ? "indicators.add" : "indicators.edit"));
        DialogFields.select(aspect, "indicators.aspect", Aspect.values(), a -> "leadership.aspect." + a.name());
        DialogFields.text(name, "indicators.name", 200);
        sortOrder.setLabel(getTranslation("indicators.order"));
        active.setLabel(getTranslation("indicators.active"));
        form.bind(aspect, "aspect");
        form.bind(name, "name");
        // An empty order goes to the service as -1, which it refuses with its message on the field.
        form.bind(sortOrder, "sortOrder", Converter.<Integer, Integer>from(value -> Result.ok(value == null ? -1 : value),
                value -> value == null || value < 0 ? null : value));
        form.bind(active, "active");
        if (existing != null) {
            fill(existing);
        } else {
            form.read(new IndicatorDraft(null, "", 1000, true, null));
        }
        add(new FormLayout(aspect, name, sortOrder, active));
        DialogFields.buttons(this, this::save);
        setWidth("min(36rem, 95vw)");
    }

    private void fill(IndicatorDetails indicator) {
        form.read(new IndicatorDraft(indicator.aspect(), indicator.name(), indicator.sortOrder(), indicator.active(),
                indicator.version()));
    }

    void save() {
        form.keep("version", existing == null ? null : existing.version());
        submit(draft -> indicators.save(existing == null ? null : existing.id(), draft), "indicators.saved", this::stale);
    }

    /**
     * Someone changed the indicator first: theirs beside the one typed. A new indicator has nothing to compare
     * with (the race was on its name): the form stays as typed and saving again says what is wrong.
     */
    private void stale(IndicatorDraft mine) {
        var now = existing == null ? null
                : indicators.all().stream().filter(i -> i.id() == existing.id()).findFirst().orElse(null);
        if (now == null) {
            FieldErrors.notify(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
            return;
        }
        existing = now;
        form.showConflict(conflict, DialogFields.staleText(form, true, null, null), List.of(
                DialogFields.row(this, "indicators.aspect", DialogFields.label(this, "leadership.aspect.", now.aspect()),
                        DialogFields.label(this, "leadership.aspect.", mine.aspect())),
                DialogFields.row(this, "indicators.name", now.name(), mine.name()),
                DialogFields.row(this, "indicators.order", DialogFields.text(now.sortOrder()),
                        DialogFields.text(sortOrder.getValue())),
                DialogFields.row(this, "indicators.state", state(now.active()), state(active.getValue()))),
                this::save, () -> fill(now));
    }

    private String state(Boolean value) {
        return value == null ? null : getTranslation(value ? "indicators.active" : "indicators.retired");
    }
}
