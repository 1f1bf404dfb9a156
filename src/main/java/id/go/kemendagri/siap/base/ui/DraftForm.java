package id.go.kemendagri.siap.base.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.converter.Converter;

import id.go.kemendagri.siap.base.DatabaseTrouble;
import id.go.kemendagri.siap.base.DraftConstraints;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;

/**
 * A form over a draft record, the one way forms are built here: Vaadin's {@link Binder} binds the fields to
 * the draft's components by name, checks the draft's Bean Validation constraints while the user types
 * (messages from the translation files, see {@link DraftConstraints}), puts the service's field errors on the
 * bindings of the same name, and turns a save refused as stale into the {@link ConflictPanel}.
 * <p>
 * Components of the draft that no field edits (the {@code version} the form was loaded with, ids) are kept
 * as they were read and written back unchanged.
 *
 * @param <D> the draft record a service's save takes
 */
public class DraftForm<D extends Record> {

    private static final Logger log = LoggerFactory.getLogger(DraftForm.class);

    private final Component owner;
    private final Class<D> type;
    private final Binder<D> binder;
    private final Map<String, ReadOnlyHasValue<Object>> kept = new LinkedHashMap<>();
    private final Map<String, Function<Object, String>> shownAs = new LinkedHashMap<>();
    /** Field names the service reports errors under, to the draft component they belong to. */
    private final Map<String, String> errorNames = new LinkedHashMap<>();
    /** The stored version the user was last shown beside their typing (a conflict panel or a notice). */
    private Object toldOf;

    public DraftForm(Component owner, Class<D> type) {
        this.owner = owner;
        this.type = type;
        this.binder = new Binder<>(type);
    }

    /** Binds a field to the draft component of the same name, with that component's constraints. */
    public <V> Binder.Binding<D, V> bind(HasValue<?, V> field, String property) {
        return forField(field, property).bind(property);
    }

    /** Starts a binding with the component's constraints, for a converter or an extra validator before {@code bind(property)}. */
    public <V> Binder.BindingBuilder<D, V> forField(HasValue<?, V> field, String property) {
        return binder.forField(field).withValidator((value, context) -> {
            var key = DraftConstraints.check(type, property, value);
            return key == null ? ValidationResult.ok() : ValidationResult.error(owner.getTranslation(key));
        });
    }

    /**
     * Binds a field whose value the draft holds in another type (text typed as an amount), converted first and
     * then checked against the component's constraints.
     */
    public <F, V> Binder.Binding<D, V> bind(HasValue<?, F> field, String property, Converter<F, V> converter) {
        return binder.forField(field).withConverter(converter).withValidator((value, context) -> {
            var key = DraftConstraints.check(type, property, value);
            return key == null ? ValidationResult.ok() : ValidationResult.error(owner.getTranslation(key));
        }).bind(property);
    }

    /** How the conflict panel shows a component's values (for example a status by its label); text by default. */
    public <V> void showAs(String property, Function<V, String> display) {
        @SuppressWarnings("unchecked")
        var shown = (Function<Object, String>) display;
        shownAs.put(property, shown);
    }

    /** The service reports the errors of {@code property} as {@code serviceName} (for example "regions" for region codes). */
    public void errorsNamed(String serviceName, String property) {
        errorNames.put(serviceName, property);
    }

    /** Fills the form from a draft, clearing earlier errors. */
    public void read(D draft) {
        keepUnboundComponents();
        binder.readRecord(draft);
        clearErrors();
    }

    /** Sets a component that no field edits, such as the version to save against. */
    public void keep(String property, Object value) {
        keepUnboundComponents();
        kept.get(property).setValue(value);
    }

    /** The value of a component that no field edits, as read or kept. */
    public Object kept(String property) {
        keepUnboundComponents();
        return kept.get(property).getValue();
    }

    /** The form's values as a draft, or empty when a field breaks a constraint (the fields say which). */
    public Optional<D> draft() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            FieldErrors.notify(owner.getTranslation("error.invalid"), NotificationVariant.LUMO_ERROR);
            return Optional.empty();
        }
    }

    /**
     * Saves the form's draft through {@code save}: the saved result goes to {@code onSaved}; the service's field
     * errors go onto the fields; a stale save goes to {@code onStale} with what the user typed (see
     * {@link #conflict}). Nothing is saved while a field breaks a constraint.
     */
    public <R> void save(Function<D, R> save, Consumer<R> onSaved, Consumer<D> onStale) {
        var draft = draft();
        if (draft.isEmpty()) {
            return;
        }
        R saved;
        try {
            saved = save.apply(draft.get());
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
            return;
        } catch (StaleDataException e) {
            FieldErrors.notify(owner.getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
            onStale.accept(draft.get());
            return;
        } catch (RuntimeException e) {
            if (!DatabaseTrouble.isCause(e)) {
                throw e;
            }
            // The database is out of reach: the transaction was rolled back (or never began). The form keeps what
            // the user typed and its version, so saving again once the database is back stores it exactly once;
            // had the commit reached the database after all, the second save is refused as stale, not doubled.
            log.warn("Save refused, the database is out of reach: {}", DatabaseTrouble.summary(e));
            FieldErrors.notify(owner.getTranslation("error.database.save"), NotificationVariant.LUMO_ERROR);
            return;
        }
        onSaved.accept(saved);
    }

    /** {@link #save}, with the success notification {@code savedKey} (a translation key) before {@code onSaved}. */
    public <R> void save(Function<D, R> save, String savedKey, Consumer<R> onSaved, Consumer<D> onStale) {
        save(save, saved -> {
            FieldErrors.notify(owner.getTranslation(savedKey), NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(saved);
        }, onStale);
    }

    /** Puts the service's field errors (property name to translation key) on the fields; the rest in a notification. */
    public void showErrors(Map<String, String> reported) {
        var errors = new LinkedHashMap<String, String>();
        reported.forEach((name, key) -> errors.put(errorNames.getOrDefault(name, name), key));
        var fields = new LinkedHashMap<String, HasValidation>();
        for (var property : errors.keySet()) {
            binder.getBinding(property).map(Binder.Binding::getField)
                    .filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                    .ifPresent(field -> fields.put(property, field));
        }
        fields.forEach((property, field) -> {
            field.setErrorMessage(owner.getTranslation(errors.get(property)));
            field.setInvalid(true);
        });
        var unplaced = errors.entrySet().stream().filter(error -> !fields.containsKey(error.getKey()))
                .map(error -> owner.getTranslation(error.getValue())).toList();
        FieldErrors.notify(unplaced.isEmpty() ? owner.getTranslation("error.invalid") : String.join(" ", unplaced),
                NotificationVariant.LUMO_ERROR);
    }

    public void clearErrors() {
        binder.getFields().filter(HasValidation.class::isInstance).map(HasValidation.class::cast)
                .forEach(field -> field.setInvalid(false));
    }

    /**
     * The conflict panel for a save refused because someone saved first: the stored values beside what the user
     * typed, field by field, labelled as the form labels them. "Apply mine" fills the form with the user's
     * values on top of the stored version and saves again through {@code saveAgain}; "discard" fills it with
     * the stored values and runs {@code afterDiscard}.
     *
     * @param versionProperty the component that holds the version to save against
     */
    public ConflictPanel conflict(String explanation, D current, D mine, String versionProperty, Runnable saveAgain,
            Runnable afterDiscard) {
        toldOf = value(current, versionProperty);
        var rows = rows(current, (property, field) -> shown(property, field, value(mine, property)));
        return new ConflictPanel(explanation, rows, () -> {
            read(mine);
            keep(versionProperty, value(current, versionProperty));
            saveAgain.run();
        }, () -> {
            read(current);
            afterDiscard.run();
        });
    }

    /**
     * {@link #conflict} put into {@code area}, whatever it showed before, and {@code area} shown; the callbacks
     * decide whether it hides again.
     */
    public void showConflict(Div area, String explanation, D current, D mine,
            String versionProperty, Runnable saveAgain, Runnable afterDiscard) {
        area.removeAll();
        area.add(conflict(explanation, current, mine, versionProperty, saveAgain, afterDiscard));
        area.setVisible(true);
    }

    /**
     * A refused stale save explained by rows the caller lists, put into {@code area} (whatever it showed before) and
     * shown: for a form whose record holds more than its draft, or other values than it (who holds a tenure and
     * until when, beside the end being typed). Either choice empties and hides {@code area} first; "apply mine" runs
     * {@code saveAgain} (the caller has taken the current version as the one to save against), "discard mine"
     * {@code afterDiscard}.
     *
     * @param saveAgain null when the stored record refuses the typed values now (someone ended the term
     *                  meanwhile): only discard is offered
     */
    public void showConflict(Div area, String explanation, List<ConflictPanel.Row> rows, Runnable saveAgain,
            Runnable afterDiscard) {
        Runnable close = () -> {
            area.removeAll();
            area.setVisible(false);
        };
        area.removeAll();
        area.add(new ConflictPanel(explanation, rows, saveAgain == null ? null : () -> {
            close.run();
            saveAgain.run();
        }, () -> {
            close.run();
            afterDiscard.run();
        }));
        area.setVisible(true);
    }

    /**
     * The text {@code key} explaining a refused stale save: {0} who saved the record, {1} when (a dash for either
     * when not known).
     */
    public String staleText(String key, String updatedBy, Instant updatedAt) {
        return owner.getTranslation(key, updatedBy == null ? "-" : updatedBy,
                updatedAt == null ? "-" : Formats.dateTime(updatedAt, locale()));
    }

    private java.util.Locale locale() {
        return owner.getUI().or(() -> Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                .map(com.vaadin.flow.component.UI::getLocale).orElse(Formats.INDONESIAN);
    }

    /**
     * Someone else saved the record while the user has this form open (a live update brought {@code current}, whose
     * version is not the one the form saves against): shows in {@code place} a {@link SavedElsewhereNotice} with the
     * text {@code textKey} ({0} who saved, {1} the time) and leaves the fields as they are.
     * <ul>
     * <li>"Muat ulang" runs {@code reload}, which fills the form with {@code current}: the user's typing is dropped,
     * the form now saves against the new version.</li>
     * <li>"Bandingkan" puts the {@link ConflictPanel} into {@code place}, explained by {@code textKey + ".compare"}:
     * the stored values beside what the user has typed so far (valid or not), the typing still in the fields.
     * "Apply mine" saves the typed values on top of the new version through {@code saveAgain}; "discard mine" runs
     * {@code reload}.</li>
     * </ul>
     * Nothing is shown twice for one version, nor for the version a refused save's conflict panel already shows
     * (the late live update of the save that refused it).
     *
     * @return whether the notice is shown (false: the form already saves against that version, or was told of it)
     */
    public boolean showSavedElsewhere(Div place, String textKey, String savedBy, Instant savedAt, D current,
            String versionProperty, Runnable reload, Runnable saveAgain) {
        var stored = value(current, versionProperty);
        if (Objects.equals(stored, kept(versionProperty)) || Objects.equals(stored, toldOf)) {
            return false;
        }
        toldOf = stored;
        var who = savedBy == null ? "-" : savedBy;
        var when = Formats.time(savedAt, locale());
        var notice = owner.getTranslation(textKey, who, when);
        var explanation = owner.getTranslation(textKey + ".compare", who, when);
        Runnable close = () -> {
            place.removeAll();
            place.setVisible(false);
        };
        place.removeAll();
        place.add(new SavedElsewhereNotice(notice, () -> {
            close.run();
            reload.run();
        }, () -> {
            var rows = rows(current, this::typed);
            place.removeAll();
            place.add(new ConflictPanel(explanation, rows, () -> {
                close.run();
                keep(versionProperty, stored);
                saveAgain.run();
            }, () -> {
                close.run();
                reload.run();
            }));
        }));
        place.setVisible(true);
        return true;
    }

    /** One conflict row per bound field: its label, the stored value and this user's, as the form shows them. */
    private List<ConflictPanel.Row> rows(D current, java.util.function.BiFunction<String, HasValue<?, ?>, String> mine) {
        var rows = new ArrayList<ConflictPanel.Row>();
        for (var component : type.getRecordComponents()) {
            var property = component.getName();
            binder.getBinding(property).ifPresent(binding -> rows.add(new ConflictPanel.Row(label(binding.getField(), property),
                    shown(property, binding.getField(), value(current, property)), mine.apply(property, binding.getField()))));
        }
        return rows;
    }

    /** What the field holds now, shown as the conflict panel shows values; text as typed where a converter stands between. */
    private String typed(String property, HasValue<?, ?> field) {
        var value = field.getValue();
        var componentType = List.of(type.getRecordComponents()).stream().filter(c -> c.getName().equals(property))
                .findFirst().orElseThrow().getType();
        var boxed = java.lang.invoke.MethodType.methodType(componentType).wrap().returnType();
        return value == null || boxed.isInstance(value) ? shown(property, field, value) : Objects.toString(value);
    }

    public Binder<D> binder() {
        return binder;
    }

    private void keepUnboundComponents() {
        for (var component : type.getRecordComponents()) {
            var property = component.getName();
            if (!kept.containsKey(property) && binder.getBinding(property).isEmpty()) {
                var holder = new ReadOnlyHasValue<Object>(value -> { });
                kept.put(property, holder);
                binder.forField(holder).bind(property);
            }
        }
    }

    private String label(HasValue<?, ?> field, String property) {
        return field instanceof HasLabel labelled && labelled.getLabel() != null ? labelled.getLabel() : property;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private String shown(String property, HasValue<?, ?> field, Object value) {
        if (value == null) {
            return null;
        }
        if (shownAs.containsKey(property)) {
            return shownAs.get(property).apply(value);
        }
        if (field instanceof com.vaadin.flow.component.select.Select select && select.getItemLabelGenerator() != null) {
            return ((ItemLabelGenerator) select.getItemLabelGenerator()).apply(value);
        }
        if (field instanceof com.vaadin.flow.component.combobox.ComboBox combo && combo.getItemLabelGenerator() != null) {
            return ((ItemLabelGenerator) combo.getItemLabelGenerator()).apply(value);
        }
        return Objects.toString(value);
    }

    private static Object value(Record record, String property) {
        try {
            var component = List.of(record.getClass().getRecordComponents()).stream()
                    .filter(candidate -> candidate.getName().equals(property)).findFirst().orElseThrow();
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
