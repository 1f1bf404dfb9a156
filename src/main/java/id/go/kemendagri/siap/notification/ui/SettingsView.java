package id.go.kemendagri.siap.notification.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.notification.MailMode;
import id.go.kemendagri.siap.notification.NotificationKind;
import id.go.kemendagri.siap.notification.NotificationService;
import jakarta.annotation.security.PermitAll;

/** {@code /kotak-masuk/pengaturan}: the user's e-mail address, digest hour and e-mail mode per kind. */
@Route(value = "kotak-masuk/pengaturan", layout = MainLayout.class)
@PermitAll
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final transient NotificationService notifications;
    final EmailField email = new EmailField();
    final Select<Integer> hour = new Select<>();
    final Map<NotificationKind, Select<MailMode>> modes = new EnumMap<>(NotificationKind.class);
    final Button save = new Button();

    SettingsView(NotificationService notifications) {
        this.notifications = notifications;
        var current = notifications.settings();
        if (!current.mailAvailable()) {
            add(new Paragraph(getTranslation("notification.settings.no-mail")));
        }
        email.setLabel(getTranslation("notification.settings.email"));
        email.setHelperText(getTranslation("notification.settings.email.help"));
        email.setValue(current.email());
        hour.setLabel(getTranslation("notification.settings.hour"));
        hour.setItems(IntStream.range(0, 24).boxed().toList());
        hour.setItemLabelGenerator(h -> String.format("%02d:00", h));
        hour.setValue(current.digestHour());
        var form = new FormLayout(email, hour);
        for (var kind : NotificationKind.values()) {
            var select = new Select<MailMode>();
            select.setLabel(getTranslation("notification.kind-name." + kind));
            select.setItems(MailMode.values());
            select.setItemLabelGenerator(m -> getTranslation("notification.mode." + m));
            select.setValue(current.modes().get(kind));
            modes.put(kind, select);
            form.add(select);
        }
        Fields.button(save, "notification.settings.save", null, this::save, ButtonVariant.LUMO_PRIMARY);
        add(form, save);
    }

    void save() {
        try {
            var chosen = new EnumMap<NotificationKind, MailMode>(NotificationKind.class);
            modes.forEach((kind, select) -> chosen.put(kind, select.getValue()));
            notifications.saveSettings(email.getValue(), hour.getValue() == null ? 7 : hour.getValue(), chosen);
            FieldErrors.notify(getTranslation("notification.settings.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            FieldErrors.show(this, e.fieldErrors(), Map.of("email", email));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.settings.title") + " | " + getTranslation("app.name");
    }
}
