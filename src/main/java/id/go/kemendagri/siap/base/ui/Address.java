package id.go.kemendagri.siap.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/** The browser's address of a view. */
public final class Address {

    private Address() {
    }

    /**
     * Puts the view's state (its filter, a selection) into the address without a new history entry, so that a
     * reload or a shared link shows the same; does nothing while the view is not attached.
     */
    public static void replace(Component view, String path, QueryParameters query) {
        view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(path, query)));
    }
}
