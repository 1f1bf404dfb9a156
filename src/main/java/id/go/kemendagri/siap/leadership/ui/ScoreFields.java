package id.go.kemendagri.siap.leadership.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.shared.Registration;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * The evaluation's indicator fields as one value for the form, the scores by indicator id (an empty field is
 * left out), so that {@code DraftForm} binds them to {@code EvaluationDraft.scores}. A broken rule marks the
 * fields it concerns: those empty or outside 0-100.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class ScoreFields implements HasValue<HasValue.ValueChangeEvent<Map<Long, Integer>>, Map<Long, Integer>>,
        HasValidation {

    /** The range of a score, an indicator's or the neutrality score (the draft's constraints say the same). */
    static final int MIN = 0;
    static final int MAX = 100;

    private final Map<Long, IntegerField> fields;
    @Getter
    private String errorMessage;
    @Getter
    private boolean invalid;

    /** A score's field: {@code label}, 0-100, typed without step buttons. */
    static IntegerField score(IntegerField field, String label) {
        field.setLabel(label);
        field.setMin(MIN);
        field.setMax(MAX);
        field.setStepButtonsVisible(false);
        return field;
    }

    @Override
    public Map<Long, Integer> getValue() {
        var values = new LinkedHashMap<Long, Integer>();
        fields.forEach((id, field) -> {
            if (field.getValue() != null) {
                values.put(id, field.getValue());
            }
        });
        return values;
    }

    @Override
    public void setValue(Map<Long, Integer> value) {
        fields.forEach((id, field) -> field.setValue(value == null ? null : value.get(id)));
    }

    @Override
    public Map<Long, Integer> getEmptyValue() {
        return Map.of();
    }

    @Override
    public Registration addValueChangeListener(
            ValueChangeListener<? super ValueChangeEvent<Map<Long, Integer>>> listener) {
        var registrations = fields.values().stream().map(field -> field.addValueChangeListener(
                event -> listener.valueChanged(new Change(this, event.isFromClient(), getValue())))).toList();
        return () -> registrations.forEach(Registration::remove);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        fields.values().forEach(field -> field.setReadOnly(readOnly));
    }

    @Override
    public boolean isReadOnly() {
        return fields.values().stream().allMatch(IntegerField::isReadOnly);
    }

    @Override
    public void setRequiredIndicatorVisible(boolean visible) {
        fields.values().forEach(field -> field.setRequiredIndicatorVisible(visible));
    }

    @Override
    public boolean isRequiredIndicatorVisible() {
        return fields.values().stream().allMatch(IntegerField::isRequiredIndicatorVisible);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        mark();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        mark();
    }

    private void mark() {
        fields.values().forEach(field -> {
            var bad = invalid && (field.getValue() == null || field.getValue() < MIN || field.getValue() > MAX);
            field.setInvalid(bad);
            field.setErrorMessage(bad ? errorMessage : null);
        });
    }

    private record Change(ScoreFields getHasValue, boolean isFromClient, Map<Long, Integer> getValue)
            implements ValueChangeEvent<Map<Long, Integer>> {

        @Override
        public Map<Long, Integer> getOldValue() {
            return null;
        }
    }
}
