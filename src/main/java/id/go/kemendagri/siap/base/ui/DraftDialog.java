package id.go.kemendagri.siap.base.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;

/**
 * The frame of a dialog that edits one draft record through a {@link DraftForm}, written once: the dialog's class
 * name, the {@link ConflictPanel#area() conflict area} above the fields (shown when a save is refused as stale), the
 * form, the save button (its footer: {@link Fields#saveAndCancel}) and what a save that went through does: a
 * confirmation, the dialog closed, {@code onSaved} run so that the page under it reads the record again.
 * <p>
 * The subclass sets the title, its fields (bound through {@link #form}) and the footer, and decides what a refused
 * stale save shows ({@link DraftForm#showConflict}).
 *
 * @param <D> the draft record the service's save takes
 */
public abstract class DraftDialog<D extends Record> extends Dialog {

    /** The footer's primary button (public for the features' tests). */
    public final Button save = new Button();
    /** Where a refused stale save shows both versions, above the fields; hidden until then. */
    protected final Div conflict = ConflictPanel.area();
    protected final DraftForm<D> form;
    /** Runs after a save went through and the dialog closed: the page under the dialog reads the record again. */
    protected final transient Runnable onSaved;

    protected DraftDialog(Class<D> draftType, String className, Runnable onSaved) {
        this.form = new DraftForm<>(this, draftType);
        this.onSaved = onSaved;
        addClassName(className);
        add(conflict);
    }

    /**
     * Sends the form's draft through {@code write}: nothing is sent while a field breaks a constraint (the field says
     * which), the service's refusals go on the bound fields; on success the confirmation {@code savedKey} and
     * {@link #closeAndRefresh()}; a stale save leaves the dialog open, with what the user typed, and passes that to
     * {@code onStale}, which shows the conflict.
     */
    protected void submit(Consumer<D> write, String savedKey, Consumer<D> onStale) {
        form.save(draft -> {
            write.accept(draft);
            return draft;
        }, savedKey, saved -> closeAndRefresh(), onStale);
    }

    /** Closes the dialog and runs {@code onSaved} (after a save, or when the user discards theirs after a conflict). */
    protected void closeAndRefresh() {
        close();
        onSaved.run();
    }
}
