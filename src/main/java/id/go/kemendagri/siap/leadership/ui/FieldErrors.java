package id.go.kemendagri.siap.leadership.ui;

import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Puts the service's translated field errors on the form fields of the same name. */
final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks every field in {@code fields}: invalid with its message when {@code errors} names it, valid otherwise. */
    static void show(Component owner, Map<String, String> errors, Map<String, ? extends HasValidation> fields) {
        fields.forEach((name, field) -> {
            var key = errors.get(name);
            field.setInvalid(key != null);
            field.setErrorMessage(key == null ? null : owner.getTranslation(key));
        });
        var unplaced = errors.entrySet().stream().filter(e -> !fields.containsKey(e.getKey())).findFirst();
        notify(owner, unplaced.map(e -> owner.getTranslation(e.getValue()))
                .orElse(owner.getTranslation("error.invalid")), NotificationVariant.LUMO_ERROR);
    }

    static void notify(Component owner, String text, NotificationVariant variant) {
        var notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
