package id.go.kemendagri.siap.comment.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.comment.CommentChanged;
import id.go.kemendagri.siap.comment.CommentRef;
import id.go.kemendagri.siap.comment.CommentService;
import id.go.kemendagri.siap.comment.CommentView;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.security.UserDirectory.Person;

/**
 * A live thread of comments: Vaadin's {@link MessageList} and {@link MessageInput}, a picker of people to mention
 * (only those who may read the region), and for the user's own comments: change the text (within the edit
 * window) or strike through. Everyone who has the thread open sees a new comment within a second.
 */
@StyleSheet("styles/comment.css")
public class CommentThread extends Div {

    private final transient CommentService comments;
    private final CommentRef ref;
    private final MessageList list = new MessageList();
    private final MessageInput input = new MessageInput();
    private final MultiSelectComboBox<Person> mentions = new MultiSelectComboBox<>();
    private final ComboBox<CommentView> mine = new ComboBox<>();
    private final Button edit = new Button();
    private final Button strike = new Button();
    private final TextArea editText = new TextArea();
    private final Button saveEdit = new Button();
    private final Div own = new Div();
    private List<CommentView> shown = List.of();

    public CommentThread(CommentService comments, LiveUpdateHub hub, CommentRef ref) {
        this.comments = comments;
        this.ref = ref;
        addClassNames("card", "comment-thread");
        var title = new H3(getTranslation("comment.title"));
        list.addClassName("comment-list");
        list.setMarkdown(false);
        mentions.setLabel(getTranslation("comment.mention"));
        mentions.setHelperText(getTranslation("comment.mention.help"));
        mentions.setItemLabelGenerator(p -> p.fullName() + " (@" + p.username() + ")");
        mentions.setItems(comments.mentionable(ref.regionCode()));
        mentions.addClassName("comment-mentions");
        input.setI18n(new com.vaadin.flow.component.messages.MessageInputI18n().setMessage(getTranslation("comment.input"))
                .setSend(getTranslation("comment.send")));
        input.addSubmitListener(event -> post(event.getValue()));

        mine.setLabel(getTranslation("comment.mine"));
        mine.setItemLabelGenerator(c -> Formats.dateTime(c.createdAt(), getLocale()) + " · " + excerpt(c.body()));
        mine.addValueChangeListener(e -> ownChosen());
        edit.setText(getTranslation("comment.edit"));
        edit.addClickListener(e -> startEdit());
        strike.setText(getTranslation("comment.strike"));
        strike.addThemeVariants(ButtonVariant.LUMO_ERROR);
        strike.addClickListener(e -> strikeChosen());
        editText.setLabel(getTranslation("comment.edit.text"));
        editText.setVisible(false);
        editText.setWidthFull();
        saveEdit.setText(getTranslation("comment.edit.save"));
        saveEdit.setVisible(false);
        saveEdit.addClickListener(e -> saveEdit());
        var actions = new HorizontalLayout(mine, edit, strike);
        actions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        actions.setWrap(true);
        own.addClassName("comment-own");
        own.add(actions, editText, saveEdit);
        add(title, list, mentions, input, own);
        refresh();
        LiveUpdates.bind(this, hub, CommentChanged.class, c -> c.target() == ref.target()
                && c.targetId() == ref.targetId() && c.regionCode().equals(ref.regionCode()), changes -> refresh());
    }

    /** Re-reads the thread. */
    public void refresh() {
        shown = comments.thread(ref);
        list.setItems(shown.stream().map(this::item).toList());
        var chosen = mine.getValue();
        var ownComments = shown.stream().filter(c -> c.editable() || c.strikable()).toList();
        mine.setItems(ownComments);
        own.setVisible(!ownComments.isEmpty());
        if (chosen != null) {
            ownComments.stream().filter(c -> c.id() == chosen.id()).findFirst().ifPresent(mine::setValue);
        }
        ownChosen();
    }

    /** The comments shown, oldest first. */
    public List<CommentView> shown() {
        return shown;
    }

    MessageList list() {
        return list;
    }

    MessageInput input() {
        return input;
    }

    MultiSelectComboBox<Person> mentions() {
        return mentions;
    }

    private MessageListItem item(CommentView c) {
        var name = c.authorName();
        if (c.struck()) {
            name = getTranslation("comment.struck-by", c.authorName(), c.struckBy());
        } else if (c.editedAt() != null) {
            name = getTranslation("comment.edited", c.authorName());
        }
        var item = new MessageListItem(c.body(), c.createdAt(), name);
        item.setUserAbbreviation(initials(c.authorName()));
        item.setUserColorIndex(Math.abs(c.author().hashCode() % 7));
        if (c.struck()) {
            item.addClassNames("comment-struck");
        }
        return item;
    }

    /** Posts the text with the picked mentions; refused input is explained, the thread redraws for everyone. */
    void post(String text) {
        try {
            comments.post(ref, text, mentions.getValue().stream().map(Person::username)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
            mentions.clear();
            refresh();
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> FieldErrors.notify(getTranslation(key), NotificationVariant.LUMO_ERROR));
        } catch (AccessDeniedException e) {
            FieldErrors.notify(getTranslation("comment.error.denied"), NotificationVariant.LUMO_ERROR);
        }
    }

    private void ownChosen() {
        var chosen = mine.getValue();
        edit.setEnabled(chosen != null && chosen.editable());
        strike.setEnabled(chosen != null && chosen.strikable());
        if (chosen == null || !chosen.editable()) {
            editText.setVisible(false);
            saveEdit.setVisible(false);
        }
    }

    private void startEdit() {
        var chosen = mine.getValue();
        if (chosen != null && chosen.editable()) {
            editText.setValue(chosen.body());
            editText.setVisible(true);
            saveEdit.setVisible(true);
        }
    }

    private void saveEdit() {
        var chosen = mine.getValue();
        if (chosen == null) {
            return;
        }
        try {
            comments.edit(ref, chosen.id(), chosen.version(), editText.getValue(), chosen.mentions());
            editText.setVisible(false);
            saveEdit.setVisible(false);
            refresh();
        } catch (InvalidInputException e) {
            e.fieldErrors().values().forEach(key -> FieldErrors.notify(getTranslation(key), NotificationVariant.LUMO_ERROR));
        } catch (StaleDataException | AccessDeniedException e) {
            FieldErrors.notify(getTranslation("comment.error.changed"), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void strikeChosen() {
        var chosen = mine.getValue();
        if (chosen == null) {
            return;
        }
        try {
            comments.strike(ref, chosen.id(), chosen.version());
            mine.clear();
            refresh();
        } catch (StaleDataException | AccessDeniedException e) {
            FieldErrors.notify(getTranslation("comment.error.changed"), NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private static String excerpt(String body) {
        var line = body.replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }

    private static String initials(String name) {
        var parts = name.trim().split("\\s+");
        var first = parts[0].isEmpty() ? "?" : parts[0].substring(0, 1);
        return parts.length > 1 ? first + parts[parts.length - 1].charAt(0) : first;
    }
}
