package id.go.kemendagri.siap.base.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid column's action buttons (open, edit, remove...) drawn in the browser by one {@link LitRenderer}, instead
 * of a server-side button per row: a {@code <vaadin-button>} per action in a constant template, its texts
 * (translated on the server) and ids sent as the row's properties, which Lit escapes. A click comes back through
 * {@link LitRenderer#withFunction}, with the row's item as the server holds it (never data the browser made up);
 * the server asks {@link #shownWhen}/{@link #enabledWhen} again before it runs the action, which checks the rest
 * (the service's permission and version checks) as a listener on a component would.
 *
 * <pre>{@code
 * grid.addColumn(RowActions.<UserAccount>create()
 *         .icon("edit", "vaadin:edit", getTranslation("users.action.edit"), actions.edit()).id(u -> "edit-" + u.username())
 *         .icon("unlock", "vaadin:unlock", getTranslation("users.action.unlock"), actions.unlock()).theme("error")
 *         .shownWhen(this::heldBack)
 *         .renderer()).setKey("actions");
 * }</pre>
 */
@Uses(Button.class)
@Uses(Icon.class)
public final class RowActions<T> implements Serializable {

    /** Function and property names, themes, classes and icons are the code's constants, never user data. */
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** Names the template's scope already has (LitRenderer's arguments) or JavaScript keeps for itself. */
    private static final Set<String> TAKEN = Set.of("html", "root", "live", "appId", "itemKey", "model", "item",
            "index", "return", "delete", "new", "this", "function", "var", "let", "const", "if", "in", "do", "for",
            "switch", "case", "default", "void", "with", "yield", "await", "class", "export", "import", "super");
    private static final Pattern WORDS = Pattern.compile("[a-z0-9:-]+( [a-z0-9:-]+)*");

    private final List<Action<T>> actions = new ArrayList<>();
    private final String theme;

    private RowActions(String theme) {
        this.theme = theme;
    }

    /** Buttons in Lumo's {@code tertiary small} theme. */
    public static <T> RowActions<T> create() {
        return new RowActions<>("tertiary small");
    }

    /** Buttons in this Lumo theme, e.g. {@code "tertiary-inline small"} for icons in a narrow column. */
    public static <T> RowActions<T> create(String theme) {
        return new RowActions<>(words(theme));
    }

    /** A button showing {@code text}; {@code name} is its function in the template (and in browserless tests). */
    public RowActions<T> text(String name, String text, SerializableConsumer<T> action) {
        return text(name, item -> text, action);
    }

    /** A button showing a text of its row (e.g. the name of what it opens). */
    public RowActions<T> text(String name, ValueProvider<T, String> text, SerializableConsumer<T> action) {
        actions.add(new Action<>(name(name), text, null, action));
        return this;
    }

    /** A button showing only {@code icon} (e.g. {@code vaadin:edit}); {@code label} is its tooltip and name read out. */
    public RowActions<T> icon(String name, String icon, String label, SerializableConsumer<T> action) {
        actions.add(new Action<>(name(name), item -> label, words(icon), action));
        return this;
    }

    /** The last button's theme in addition to the column's, e.g. {@code "error"} or {@code "primary"}. */
    public RowActions<T> theme(String extra) {
        last().theme = words(extra);
        return this;
    }

    /** The last button's class names (selectors of styles and browser tests). */
    public RowActions<T> className(String names) {
        last().className = words(names);
        return this;
    }

    /** The last button's id in a row, e.g. {@code "edit-" + username}. */
    public RowActions<T> id(ValueProvider<T, String> id) {
        last().id = id;
        return this;
    }

    /** The rows that show the last button; a click on a row that does not is ignored. */
    public RowActions<T> shownWhen(SerializablePredicate<T> shown) {
        last().shown = shown;
        return this;
    }

    /** The rows whose last button can be pressed (others show it disabled); a click on another row is ignored. */
    public RowActions<T> enabledWhen(SerializablePredicate<T> enabled) {
        last().enabled = enabled;
        return this;
    }

    public LitRenderer<T> renderer() {
        var template = new StringBuilder("<div class=\"row-actions\">");
        for (var action : actions) {
            template.append(action.template(theme));
        }
        var renderer = LitRenderer.<T>of(template.append("</div>").toString());
        for (var action : actions) {
            action.bind(renderer);
        }
        return renderer;
    }

    private Action<T> last() {
        if (actions.isEmpty()) {
            throw new IllegalStateException("add a button first");
        }
        return actions.getLast();
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches() || TAKEN.contains(name)) {
            throw new IllegalArgumentException("not a name: " + name);
        }
        return name;
    }

    private static String words(String words) {
        if (!WORDS.matcher(words).matches()) {
            throw new IllegalArgumentException("not a theme, class or icon: " + words);
        }
        return words;
    }

    private static final class Action<T> implements Serializable {

        final String name;
        final ValueProvider<T, String> label;
        final String icon;
        final SerializableConsumer<T> run;
        String theme;
        String className;
        ValueProvider<T, String> id;
        SerializablePredicate<T> shown;
        SerializablePredicate<T> enabled;

        Action(String name, ValueProvider<T, String> label, String icon, SerializableConsumer<T> run) {
            this.name = name;
            this.label = label;
            this.icon = icon;
            this.run = run;
        }

        /** The button's markup: constants of the code, and the item's properties as Lit bindings. */
        String template(String columnTheme) {
            var button = new StringBuilder("<vaadin-button theme=\"").append(columnTheme)
                    .append(theme == null ? "" : " " + theme).append('"');
            if (className != null) {
                button.append(" class=\"").append(className).append('"');
            }
            if (id != null) {
                button.append(" id=${item.").append(name).append("Id}");
            }
            if (enabled != null) {
                button.append(" ?disabled=${!item.").append(name).append("Enabled}");
            }
            if (icon == null) {
                button.append(" @click=${").append(name).append("}>${item.").append(name).append("Label}");
            } else {
                button.append(" title=${item.").append(name).append("Label} aria-label=${item.").append(name)
                        .append("Label} @click=${").append(name).append("}><vaadin-icon icon=\"").append(icon)
                        .append("\"></vaadin-icon>");
            }
            button.append("</vaadin-button>");
            return shown == null ? button.toString()
                    : "${item." + name + "Shown ? html`" + button + "` : ''}";
        }

        void bind(LitRenderer<T> renderer) {
            renderer.withProperty(name + "Label", label);
            if (id != null) {
                renderer.withProperty(name + "Id", id);
            }
            if (shown != null) {
                renderer.withProperty(name + "Shown", shown::test);
            }
            if (enabled != null) {
                renderer.withProperty(name + "Enabled", enabled::test);
            }
            renderer.withFunction(name, item -> {
                if ((shown == null || shown.test(item)) && (enabled == null || enabled.test(item))) {
                    run.accept(item);
                }
            });
        }
    }
}
