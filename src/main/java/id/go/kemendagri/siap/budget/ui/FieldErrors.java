package id.go.kemendagri.siap.budget.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Puts the server's field errors (translation keys) on the fields that caused them. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void show(com.vaadin.flow.component.Component owner, Map<String, String> errors,
            Map<String, ? extends HasValidation> fields) {
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

    static void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
