package id.go.kemendagri.siap.base.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.component.html.Span;

/**
 * One piece of a read-only part that a Lit component draws in the browser ({@link InfoPanel}): plain text,
 * a Lumo badge, a link (outside the application, or a route inside it) or an action button. The browser
 * receives it as JSON and Lit's templates escape every value; links outside the application must be
 * {@code http(s)} (anything else is drawn as text). A button sends back its {@link #action()} and
 * {@link #key()}, which the server checks again. A download asks the list's {@link RowDownloads} address for the
 * file of its {@link #key()}; the server looks the row up again and checks access.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Piece(Kind kind, String text, String theme, String className, String title, String href, String action,
        String key, String id, String icon) {

    /** What the browser draws. */
    public enum Kind {
        TEXT, BADGE, LINK, ROUTE, BUTTON,
        /** A progress bar; its value (0 to 1) is the text, its title the label read out. */
        PROGRESS,
        /** A decorative Vaadin icon (hidden from screen readers: say its meaning elsewhere). */
        ICON,
        /** A link that downloads the file of its key from the address of the list around it ({@link RowDownloads}). */
        DOWNLOAD
    }

    public static Piece text(String text) {
        return new Piece(Kind.TEXT, text, null, null, null, null, null, null, null, null);
    }

    /** A Lumo badge; {@code theme} without the word "badge", e.g. {@code "success small"}. */
    public static Piece badge(String text, String theme) {
        return new Piece(Kind.BADGE, text, theme, null, null, null, null, null, null, null);
    }

    /** A link that opens outside the application in a new tab; drawn as text unless it is http(s). */
    public static Piece link(String text, String href) {
        var safe = href != null && (href.startsWith("https://") || href.startsWith("http://"));
        return safe ? new Piece(Kind.LINK, text, null, null, null, href, null, null, null, null) : text(text);
    }

    /** A link to a route of the application, e.g. {@code wilayah/62}. */
    public static Piece route(String text, String path) {
        return new Piece(Kind.ROUTE, text, null, null, null, path, null, null, null, null);
    }

    /** A button that sends {@code action} and {@code key} back to the server. */
    public static Piece button(String text, String theme, String action, String key) {
        return new Piece(Kind.BUTTON, text, theme, null, null, null, action, key, null, null);
    }

    /**
     * A link that downloads the file of the row {@code key} through the {@link RowDownloads} address of the list (a
     * grid) the piece is drawn in; drawn as text outside such a list.
     */
    public static Piece download(String text, String key) {
        return new Piece(Kind.DOWNLOAD, text, null, null, null, null, null, key, null, null);
    }

    /** A progress bar at {@code value} (0 to 1), read out as {@code label}. */
    public static Piece progress(double value, String label) {
        return new Piece(Kind.PROGRESS, Double.toString(Math.max(0, Math.min(1, value))), null, null, label, null, null,
                null, null, null);
    }

    /** A decorative icon, e.g. {@code vaadin:bell}. */
    public static Piece icon(String iconName) {
        return new Piece(Kind.ICON, null, null, null, null, null, null, null, null, iconName);
    }

    public Piece withClass(String name) {
        return new Piece(kind, text, theme, name, title, href, action, key, id, icon);
    }

    /** A tooltip; for a button with an icon and no text, also its accessible name. */
    public Piece withTitle(String tooltip) {
        return new Piece(kind, text, theme, className, tooltip, href, action, key, id, icon);
    }

    public Piece withId(String elementId) {
        return new Piece(kind, text, theme, className, title, href, action, key, elementId, icon);
    }

    /** A Vaadin icon before the text, e.g. {@code vaadin:trash}. */
    public Piece withIcon(String iconName) {
        return new Piece(kind, text, theme, className, title, href, action, key, id, iconName);
    }

    /** The same badge as a Flow component, for places that are components (grid cells, dialogs). */
    public Span toSpan() {
        var span = new Span(text == null ? "" : text);
        if (kind == Kind.BADGE) {
            span.getElement().getThemeList().add(("badge " + (theme == null ? "" : theme)).strip());
        }
        if (className != null) {
            span.addClassNames(className.split(" "));
        }
        if (title != null) {
            span.getElement().setAttribute("title", title);
        }
        return span;
    }
}
