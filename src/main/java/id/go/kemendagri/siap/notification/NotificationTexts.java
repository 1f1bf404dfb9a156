package id.go.kemendagri.siap.notification;

import id.go.kemendagri.siap.base.Formats;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of notifications and mails from {@code i18n/notification_<lang>.properties}, in a user's language. */
public final class NotificationTexts {

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private NotificationTexts() {
    }

    public static Locale locale(String tag) {
        var language = tag == null || tag.isBlank() ? "id" : Locale.forLanguageTag(tag).getLanguage();
        return "en".equals(language) ? Locale.of("en") : Locale.of("id");
    }

    public static String get(Locale locale, String key, Object... args) {
        var bundle = ResourceBundle.getBundle("i18n/notification", Locale.of(locale.getLanguage()), NO_FALLBACK);
        var pattern = bundle.getString(key);
        return args.length == 0 ? pattern : Formats.message(pattern, locale, args);
    }

    /** The inbox line of a notification: its kind's sentence with the stored values. */
    public static String text(Locale locale, NotificationKind kind, String args) {
        return get(locale, "notification.kind." + kind, (Object[]) split(args).toArray(String[]::new));
    }

    static String join(List<String> args) {
        return String.join("\n", args.stream().map(a -> a == null ? "" : a.replace('\n', ' ')).toList());
    }

    static List<String> split(String args) {
        return args == null || args.isEmpty() ? List.of() : List.of(args.split("\n", -1));
    }
}
