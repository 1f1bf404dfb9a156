package id.go.kemendagri.siap.security.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.NotificationVariant;

import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.Toasts;
import id.go.kemendagri.siap.security.UserAccount;
import id.go.kemendagri.siap.security.UserDraft;
import id.go.kemendagri.siap.security.UserService;

/**
 * Creates a user or changes one; a save that someone else overtook loads their values into the form and keeps
 * ours beside them in the conflict panel, to apply or discard.
 */
class UserDialog extends Dialog {

    private final transient UserService users;
    private final transient Consumer<UserAccount> onSaved;
    final UserForm form;
    final Div conflict = new Div();
    final Button save = new Button();
    final Button cancel = new Button();
    private Long userId;

    UserDialog(UserService users, List<Province> provinces, Consumer<UserAccount> onSaved) {
        this.users = users;
        this.onSaved = onSaved;
        this.form = new UserForm(provinces);
        addClassName("user-dialog");
        setWidth("min(48rem, 100vw)");
        setCloseOnOutsideClick(false);
        conflict.addClassName("conflict");
        // The same look as the Desk Pilkada contact's conflict note, without touching the shared style sheet.
        conflict.getStyle().set("border-left", "4px solid var(--lumo-warning-color, var(--lumo-error-color))")
                .set("background", "var(--lumo-contrast-5pct)").set("padding", "0 var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        conflict.setVisible(false);
        add(conflict, form);
        Fields.button(save, "user.save", "user-save", this::save, ButtonVariant.LUMO_PRIMARY);
        Fields.button(cancel, "user.cancel", "user-cancel", this::close);
        getFooter().add(cancel, save);
    }

    void openForNew() {
        userId = null;
        setHeaderTitle(getTranslation("user.dialog.create"));
        form.fill(UserDraft.empty(), true);
        conflict.setVisible(false);
        open();
        form.username.focus();
    }

    void openFor(UserAccount user) {
        userId = user.id();
        setHeaderTitle(getTranslation("user.dialog.edit", user.username()));
        form.fill(user.toDraft(), false);
        conflict.setVisible(false);
        open();
        form.fullName.focus();
    }

    private void save() {
        conflict.setVisible(false);
        if (!form.passwordsMatch()) {
            notify(getTranslation("error.invalid"), NotificationVariant.LUMO_ERROR);
            return;
        }
        form.binder.save(draft -> userId == null ? users.create(draft) : users.update(userId, draft), saved -> {
            close();
            notify(getTranslation("user.saved", saved.username()), NotificationVariant.LUMO_SUCCESS);
            onSaved.accept(saved);
        }, this::showConflict);
    }

    /**
     * The form now holds the stored values (and their version); what this user typed is beside them in the
     * conflict panel: "apply mine" fills the form with it again (the password confirmed as before) and saves it on
     * top of the stored version.
     */
    private void showConflict(UserDraft mine) {
        var current = users.find(userId).orElseThrow().toDraft();
        form.read(current);
        form.binder.showConflict(conflict, getTranslation("user.stale"), current, mine, "version", () -> {
            form.passwordConfirmation.setValue(mine.password());
            save();
        }, () -> conflict.setVisible(false));
    }

    private static void notify(String text, NotificationVariant variant) {
        Toasts.show(text, variant, 4000);
    }
}
