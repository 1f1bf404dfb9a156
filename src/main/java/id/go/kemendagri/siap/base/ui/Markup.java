package id.go.kemendagri.siap.base.ui;

import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.ValueProvider;

/**
 * Read-only parts of a screen written as HTML into one element instead of a tree of components, for
 * long pages that stay open in many sessions: every server-side element costs heap for as long as the
 * page is open (see "Heap kept per open session" in docs/performance.md). Everything that comes from data
 * or users goes through {@link #text}; use it only for parts the server never needs to read back.
 */
public final class Markup {

    private final StringBuilder html = new StringBuilder(256);

    /** Characters that would change the meaning of HTML, escaped for text and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var escaped = new StringBuilder(text.length() + 16);
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Opens a tag: {@code open("span", "class", "item-code")}; attributes come in name-value pairs, nulls are left out. */
    public Markup open(String tag, String... attributes) {
        html.append('<').append(tag);
        for (var i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                html.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
        html.append('>');
        return this;
    }

    public Markup close(String tag) {
        html.append("</").append(tag).append('>');
        return this;
    }

    /** Markup that another {@code Markup} wrote (already escaped), put in as it is. */
    public Markup raw(String markup) {
        html.append(markup);
        return this;
    }

    /** Escaped text. */
    public Markup text(String text) {
        html.append(escape(text));
        return this;
    }

    /** A whole element with escaped text inside: {@code element("span", "Belum", "class", "status-badge")}. */
    public Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /** A Lumo badge: {@code <span theme="badge ...">}. */
    public Markup badge(String text, String theme, String className) {
        return element("span", text, "theme", ("badge " + theme).strip(), "class", className);
    }

    /**
     * A small component built by shared label code (a badge {@code Span}) written as markup instead:
     * its tag, text, theme, class and title; its children are not copied.
     */
    public Markup copy(com.vaadin.flow.component.Component component) {
        var element = component.getElement();
        return element(element.getTag(), element.getText(), "theme", element.getAttribute("theme"), "class",
                element.getAttribute("class"), "title", element.getAttribute("title"));
    }

    @Override
    public String toString() {
        return html.toString();
    }

    /** Puts the markup into the element, replacing what it showed (the element keeps no child elements). */
    public void into(Element element) {
        element.setProperty("innerHTML", html.toString());
    }

    /**
     * A grid column that shows markup written by the server (badges, links) drawn in the browser, instead
     * of a server-side component per row and cell: the row's HTML travels as one property.
     */
    public static <T> LitRenderer<T> cell(ValueProvider<T, String> html) {
        return LitRenderer.<T>of("<span class=\"markup-cell\" .innerHTML=${item.html}></span>").withProperty("html", html);
    }

    /** The text a person reads in markup (tags dropped, entities undone): for tests and accessible labels. */
    public static String plainText(String html) {
        return html == null ? "" : html.replaceAll("<[^>]*>", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }
}
