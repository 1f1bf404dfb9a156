package id.go.kemendagri.siap.dashboard.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.checklist.ChecklistRow;

/**
 * One queue of the start page, drawn in the browser ({@code <siap-panel>}): a heading with a link to the full
 * list, the count in words, and the first few rows (at most {@link #ROWS}), each keyed by what it shows.
 */
final class QueuePanel extends InfoPanel {

    /** Rows shown per queue: the start page stays cheap (a count and one short page per queue). */
    static final int ROWS = 8;

    private List<Column> columns = List.of();

    QueuePanel(String id, String title) {
        setId(id);
        addClassNames("card", "home-queue");
        heading(title, 3);
    }

    /** A link to the queue's full list beside the heading. */
    QueuePanel link(String textKey, String path) {
        setActions(List.of(Piece.route(getTranslation(textKey), path).withClass("home-queue-link")));
        return this;
    }

    /** The table's columns, by the keys of their labels. */
    QueuePanel columns(String... labelKeys) {
        columns = java.util.Arrays.stream(labelKeys).map(key -> Column.of(getTranslation(key))).toList();
        return this;
    }

    /** The count in words: {@code key} with the count as its first argument, then {@code more}. */
    String count(String key, long count, Object... more) {
        var params = new Object[more.length + 1];
        params[0] = Formats.number(count, getLocale());
        System.arraycopy(more, 0, params, 1, more.length);
        return getTranslation(key, params);
    }

    /** Shows the count in words (none when it is zero), the rows, and how many of the count they are. */
    void show(long count, String countText, String emptyKey, List<Row> rows) {
        var locale = getLocale();
        setHeadline(count == 0 ? List.of() : List.of(Piece.text(countText).withClass("home-queue-count")));
        setEmptyText(getTranslation(emptyKey));
        setTable(columns, rows);
        setFooter(count > rows.size() ? getTranslation("home.queue.more", Formats.number(rows.size(), locale),
                Formats.number(count, locale)) : "");
    }

    /** The region of a row, a link to its page. */
    static List<Piece> region(String code, String name) {
        return List.of(Piece.route(name, "wilayah/" + code));
    }

    /** The region of a checklist row, a link to its page. */
    static List<Piece> region(ChecklistRow row) {
        return region(row.item().regionCode(), row.regionName());
    }

    /** A checklist item by its code and name in the user's language. */
    List<Piece> item(ChecklistRow row) {
        return List.of(Piece.text(row.item().itemCode()).withClass("home-item-code"),
                Piece.text(row.item().name(getLocale())));
    }

    String date(LocalDate date) {
        return Formats.date(date, getLocale());
    }

    String date(Instant instant) {
        return instant == null ? "" : date(day(instant));
    }

    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, Formats.WIB);
    }

    /** Days past a deadline (red), or left until it (amber within the week). */
    Piece days(LocalDate deadline, LocalDate today) {
        var days = java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
        var locale = getLocale();
        if (days < 0) {
            return Piece.badge(getTranslation("home.days.late", Formats.number(-days, locale)), "error small");
        }
        return Piece.badge(days == 0 ? getTranslation("home.days.today")
                : getTranslation("home.days.left", Formats.number(days, locale)), "warning small");
    }

    /** A number of days something has waited. */
    Piece waited(long days) {
        return Piece.badge(getTranslation("home.days.waiting", Formats.number(Math.max(0, days), getLocale())),
                days > 30 ? "error small" : "contrast small");
    }
}
