package id.go.kemendagri.siap.security.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.security.SignInHold;
import id.go.kemendagri.siap.security.UserService;

/**
 * The user names held back from an address right now, above the user grid: how administrators learn that
 * someone is guessing passwords (names without an account included). Shown only while there are any.
 */
class HeldBackList extends Details {

    static final int LIMIT = 50;

    private final transient UserService users;
    private final transient Clock clock;
    final Grid<SignInHold> grid = new Grid<>();

    HeldBackList(UserService users, Clock clock) {
        this.users = users;
        this.clock = clock;
        setId("held-back");
        addClassName("held-back-list");
        grid.addColumn(hold -> hold.knownUser() ? hold.username()
                : hold.username() + " (" + getTranslation("users.held-back.no-account") + ")")
                .setHeader(getTranslation("users.held-back.username")).setFlexGrow(2);
        grid.addColumn(SignInHold::remoteAddress).setHeader(getTranslation("users.held-back.address")).setFlexGrow(1);
        grid.addColumn(SignInHold::failures).setHeader(getTranslation("users.held-back.failures")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(hold -> end(hold.heldUntil(), clock, getLocale()))
                .setHeader(getTranslation("users.held-back.until")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("users.held-back.help")), grid);
        setWidthFull();
        refresh();
    }

    void refresh() {
        var holds = users.heldBack(LIMIT);
        grid.setItems(holds);
        setSummaryText(getTranslation("users.held-back.title", holds.size()));
        setVisible(!holds.isEmpty());
        setOpened(!holds.isEmpty());
    }

    /** A hold lasts minutes: the time alone says enough, unless it ends on another day. */
    static String end(Instant until, Clock clock, Locale locale) {
        var end = until.atZone(Formats.WIB);
        return end.toLocalDate().equals(Formats.today(clock))
                ? DateTimeFormatter.ofPattern("HH:mm").format(end)
                : Formats.dateTime(until, locale);
    }
}
