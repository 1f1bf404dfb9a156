package id.go.kemendagri.siap.base.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.ValueProvider;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import tools.jackson.databind.node.ArrayNode;

/**
 * A grid column's action buttons (open, edit, remove...) drawn in the browser by {@code <siap-row-actions>}
 * ({@code frontend/components/siap-row-actions.js}) through one {@link LitRenderer} with a constant template,
 * instead of a server-side button per row. The row's actions travel as data, one {@link Shown} record per
 * action the row shows (its text translated on the server, escaped by Lit). A click comes back through
 * {@link LitRenderer#withFunction} as the action's name, with the row's item as the server holds it (never
 * data the browser made up): the server looks the name up among the column's actions (an unknown name is
 * ignored) and asks {@link #shownWhen}/{@link #enabledWhen} again before it runs the action, which checks the
 * rest (the service's permission and version checks) as a listener on a component would.
 *
 * <pre>{@code
 * grid.addColumn(RowActions.<UserAccount>create()
 *         .icon("edit", "vaadin:edit", getTranslation("users.action.edit"), actions.edit()).id(u -> "edit-" + u.username())
 *         .icon("unlock", "vaadin:unlock", getTranslation("users.action.unlock"), actions.unlock()).theme("error")
 *         .shownWhen(this::heldBack)
 *         .renderer()).setKey("actions");
 * }</pre>
 */
@JsModule("./components/siap-row-actions.js")
@Uses(Button.class)
@Uses(Icon.class)
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
public final class RowActions<T> implements Serializable {

    /** The template: the same for every column; the row's actions are its data. */
    private static final String TEMPLATE = "<siap-row-actions .actions=${item.actions}"
            + " @row-action=${e => act(e.detail.name)}></siap-row-actions>";
    /** Action names (what a click sends back, and what browserless tests press) are the code's constants. */
    private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    /** Themes, classes and icons are the code's constants too, never user data. */
    private static final Pattern WORDS = Pattern.compile("[a-z0-9:-]+( [a-z0-9:-]+)*");

    /**
     * An action as a row shows it, what {@code <siap-row-actions>} draws: a button with {@code icon} carries
     * {@code label} as its tooltip and name read out, one without shows {@code label}. {@code id} and
     * {@code className} (selectors of styles and browser tests) are left out when there are none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Shown(String name, String label, String icon, String theme, String className, String id,
            boolean enabled) implements Serializable {
    }

    private final List<Action<T>> actions = new ArrayList<>();
    private final String theme;

    /** Buttons in Lumo's {@code tertiary small} theme. */
    public static <T> RowActions<T> create() {
        return new RowActions<>("tertiary small");
    }

    /** Buttons in this Lumo theme, e.g. {@code "tertiary-inline small"} for icons in a narrow column. */
    public static <T> RowActions<T> create(String theme) {
        return new RowActions<>(words(theme));
    }

    /** A button showing {@code text}; {@code name} is what a click sends back (and what browserless tests press). */
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

    /**
     * The column's renderer: {@code <siap-row-actions>} fed with the row's {@link Shown} actions (property
     * {@code actions}), a click calling the function {@code act} with the action's name.
     */
    public LitRenderer<T> renderer() {
        var all = List.copyOf(actions);
        return LitRenderer.<T>of(TEMPLATE)
                .withProperty("actions", item -> all.stream().filter(action -> action.shows(item))
                        .map(action -> action.shown(item, theme)).toList())
                .withFunction("act", (item, arguments) -> act(all, item, arguments));
    }

    /** Runs the action the browser named, if the column has it and it is shown and enabled for the item. */
    private static <T> void act(List<Action<T>> all, T item, ArrayNode arguments) {
        if (arguments == null || arguments.isEmpty() || !arguments.get(0).isString()) {
            return;
        }
        var name = arguments.get(0).stringValue();
        all.stream().filter(action -> action.name.equals(name)).findFirst()
                .filter(action -> action.shows(item) && action.allows(item))
                .ifPresent(action -> action.run.accept(item));
    }

    private Action<T> last() {
        if (actions.isEmpty()) {
            throw new IllegalStateException("add a button first");
        }
        return actions.getLast();
    }

    private String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a name: " + name);
        }
        if (actions.stream().anyMatch(action -> action.name.equals(name))) {
            throw new IllegalArgumentException("a button named " + name + " is there already");
        }
        return name;
    }

    private static String words(String words) {
        if (!WORDS.matcher(words).matches()) {
            throw new IllegalArgumentException("not a theme, class or icon: " + words);
        }
        return words;
    }

    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
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

        boolean shows(T item) {
            return shown == null || shown.test(item);
        }

        boolean allows(T item) {
            return enabled == null || enabled.test(item);
        }

        /** What the row's button shows: the code's constants and the item's texts, as data. */
        Shown shown(T item, String columnTheme) {
            return new Shown(name, label.apply(item), icon, theme == null ? columnTheme : columnTheme + " " + theme,
                    className, id == null ? null : id.apply(item), allows(item));
        }
    }
}
