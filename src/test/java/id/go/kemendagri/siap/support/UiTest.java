package id.go.kemendagri.siap.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.security.SignedInUser;

/**
 * Base of the browserless view tests: real views, real services and the test database, without a
 * browser. Sign a user in with {@link Users} first, then {@link #navigateAs} or {@code navigate} to the
 * view (views read the signed-in user when they are built). Tests share one Spring context and one
 * database: create what you need with unique names, or clean up after yourself.
 */
@SpringBootTest
@ViewPackages(packages = "id.go.kemendagri.siap")
public abstract class UiTest extends SpringBrowserlessTest {

    /** Signs the given user in (see {@link Users}) and opens the view at a path like {@code wilayah/62.07}. */
    protected <T extends Component> T navigateAs(SignedInUser user, String path, Class<T> view) {
        var query = path.indexOf('?');
        if (query < 0) {
            return navigate(path, view);
        }
        UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        return view.cast(getCurrentView());
    }

    @AfterEach
    void signOutAfterTest() {
        Users.signOut();
    }
}
