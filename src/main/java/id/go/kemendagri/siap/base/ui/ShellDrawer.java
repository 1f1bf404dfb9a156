package id.go.kemendagri.siap.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * The shell's drawer ({@code frontend/components/siap-shell-drawer.js}): the application's name, the menu
 * with the counts beside its entries, and the signed-in user with sign-out.
 */
@Tag("siap-shell-drawer")
@JsModule("./components/siap-shell-drawer.js")
class ShellDrawer extends Component {

    /** A menu entry: where it leads, its text and icon, and the count beside it (empty for none). */
    record Entry(String path, String title, String icon, String count, String countLabel) {
    }

    /** Who is signed in: name, role (and province), and the sign-out button's text. */
    record User(String name, String role, String signOut) {
    }

    ShellDrawer(String appName, String tagline, String navigationLabel) {
        getElement().setProperty("appName", appName);
        getElement().setProperty("tagline", tagline);
        getElement().setProperty("navigationLabel", navigationLabel);
    }

    void setEntries(List<Entry> entries) {
        getElement().setPropertyList("entries", entries);
    }

    void setUser(User user) {
        getElement().setPropertyBean("user", user);
    }

    Registration addSignOutListener(ComponentEventListener<SignOutEvent> listener) {
        return addListener(SignOutEvent.class, listener);
    }

    @DomEvent("siap-sign-out")
    public static class SignOutEvent extends ComponentEvent<ShellDrawer> {

        public SignOutEvent(ShellDrawer source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
