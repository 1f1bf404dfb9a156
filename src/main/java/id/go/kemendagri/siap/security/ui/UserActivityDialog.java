package id.go.kemendagri.siap.security.ui;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.security.SignInAttempt;
import id.go.kemendagri.siap.security.UserAccount;
import id.go.kemendagri.siap.security.UserService;

/** A user's latest sign-in attempts and the latest changes to the account, newest first. */
class UserActivityDialog extends Dialog {

    static final int LIMIT = 30;
    private static final Set<String> KNOWN_DETAILS = Set.of("OK", "HELD_BACK", "HELD_BACK_NOW", "LOCKED", "LOCKED_NOW",
            "BadCredentialsException", "DisabledException");

    final Grid<SignInAttempt> signIns = new Grid<>();
    final Grid<AuditEntry> changes = new Grid<>();

    UserActivityDialog(UserService users, UserAccount user) {
        addClassName("user-activity");
        setHeaderTitle(getTranslation("activity.title", user.username()));
        setWidth("min(56rem, 100vw)");

        signIns.addColumn(a -> Formats.dateTime(a.occurredAt(), getLocale())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        signIns.addColumn(Pieces.cell(attempt -> List.of(result(attempt)))).setHeader(getTranslation("activity.result")).setFlexGrow(1);
        signIns.addColumn(a -> a.remoteAddress() == null ? "" : a.remoteAddress())
                .setHeader(getTranslation("activity.address")).setAutoWidth(true).setFlexGrow(0);
        signIns.setItems(users.recentSignIns(user.username(), LIMIT));
        signIns.setEmptyStateText(getTranslation("activity.sign-ins.empty"));
        signIns.setId("user-sign-ins");

        changes.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(AuditEntry::actor).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(e -> getTranslation("activity.action." + e.action())).setHeader(getTranslation("activity.action"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(e -> getTranslation("activity.field." + e.field())).setHeader(getTranslation("history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(e -> readable(e.field(), e.oldValue())).setHeader(getTranslation("history.old"));
        changes.addColumn(e -> readable(e.field(), e.newValue())).setHeader(getTranslation("history.new"));
        changes.setItems(users.history(user.username(), LIMIT));
        changes.setEmptyStateText(getTranslation("activity.changes.empty"));
        changes.setId("user-changes");

        for (var grid : new Grid<?>[] { signIns, changes }) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setHeight("12rem");
        }
        add(new H4(getTranslation("activity.sign-ins")), signIns, new H4(getTranslation("activity.changes")), changes);
        var close = new Button(getTranslation("activity.close"), e -> close());
        close.setId("user-activity-close");
        getFooter().add(close);
    }

    /** Stored values as a person reads them: role names, yes/no, Jakarta time, language names. */
    private String readable(String field, String value) {
        if (value == null) {
            return "";
        }
        try {
            return switch (field) {
                case "role" -> getTranslation("role." + value);
                case "enabled" -> getTranslation("activity.value." + value);
                case "lockedUntil" -> Formats.dateTime(Instant.parse(value), getLocale());
                case "locale" -> getTranslation("shell.language." + Locale.forLanguageTag(value).getLanguage());
                default -> value;
            };
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private Piece result(SignInAttempt attempt) {
        var text = KNOWN_DETAILS.contains(attempt.detail())
                ? getTranslation("activity.detail." + attempt.detail())
                : getTranslation("activity.detail.other", attempt.detail());
        return Piece.badge(text, attempt.success() ? "success" : "error");
    }
}
