package id.go.kemendagri.siap.base.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Puts a service's field errors (translation keys, see {@code InvalidInputException}) on the form fields
 * of the same name, and says in a notification what no field could show.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks every field in {@code fields}: invalid with its message when {@code errors} names it, valid otherwise. */
    public static void show(Component owner, Map<String, String> errors, Map<String, ? extends HasValidation> fields) {
        fields.forEach((name, field) -> {
            var key = errors.get(name);
            field.setInvalid(key != null);
            field.setErrorMessage(key == null ? null : owner.getTranslation(key));
        });
        var unplaced = errors.entrySet().stream().filter(e -> !fields.containsKey(e.getKey())).map(Map.Entry::getValue)
                .map(owner::getTranslation).toList();
        notify(unplaced.isEmpty() ? owner.getTranslation("error.invalid") : String.join(" ", unplaced),
                NotificationVariant.LUMO_ERROR);
    }

    public static void notify(String text, NotificationVariant variant) {
        Toasts.show(text, variant, 4000);
    }
}
