package id.go.kemendagri.siap.support;

import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import id.go.kemendagri.siap.base.ui.SavedElsewhereNotice;
import id.go.kemendagri.siap.security.Role;
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
        shareSignInWithSession();
        UI.getCurrent().navigate(path.substring(0, query), QueryParameters.fromString(path.substring(query + 1)));
        return view.cast(getCurrentView());
    }

    @Override
    public <T extends Component> T navigate(String location, Class<T> expectedTarget) {
        shareSignInWithSession();
        return super.navigate(location, expectedTarget);
    }

    @Override
    public <T extends Component> T navigate(Class<T> target) {
        shareSignInWithSession();
        return super.navigate(target);
    }

    /**
     * The running app keeps the signed-in user in the HTTP session, where Vaadin finds it for work done
     * in {@code UI.access} from other threads (live updates). {@link Users} only sets the test thread's
     * context, so copy it into the mock session as Spring Security would after a sign-in.
     */
    private void shareSignInWithSession() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                    SecurityContextHolder.getContext());
        }
    }

    /**
     * Waits up to five seconds for a live update to reach this UI and runs it in the test's thread. A push
     * arrives through {@code UI.access} from the live-update thread and waits in the session's queue, which
     * {@code roundTrip()} alone does not run while the test holds the session lock.
     */
    protected void awaitPush(BooleanSupplier done) throws InterruptedException {
        var deadline = System.nanoTime() + 5_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            runPushes();
        }
        if (!done.getAsBoolean()) {
            throw new AssertionError("no live update arrived within five seconds");
        }
    }

    /** Waits (see {@link #awaitPush}) until a live update has shown a component of this type, the only one, and returns it. */
    protected <T extends Component> T awaitShown(Class<T> type) throws InterruptedException {
        awaitPush(() -> !$(type).all().isEmpty());
        return $(type).single();
    }

    /** Runs the live updates that reached this UI so far (see {@link #awaitPush}). */
    protected void runPushes() {
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
    }

    /**
     * Does something as another user in another browser: a thread of its own, signed in as that user, without this
     * test's UI (someone else's save, which reaches this test's screens as a live update, see {@link #awaitPush}).
     */
    protected static void elsewhere(String username, Role role, String province, Runnable work) throws InterruptedException {
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        var thread = new Thread(() -> {
            try {
                Users.signIn(username, role, province);
                work.run();
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                Users.signOut();
            }
        });
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
    }

    /**
     * A colleague (see {@link #elsewhere}) saves the record of the form this test has open; returns once the form's
     * {@link SavedElsewhereNotice} is shown.
     */
    protected void colleagueSaves(String username, Role role, String province, Runnable save) throws InterruptedException {
        elsewhere(username, role, province, save);
        awaitShown(SavedElsewhereNotice.class);
    }

    /** The one {@link SavedElsewhereNotice}: it reads {@code text} and stands inside {@code form} (its grandparent). */
    protected SavedElsewhereNotice assertNoticeInside(Component form, String text) {
        var notice = $(SavedElsewhereNotice.class).single();
        org.assertj.core.api.Assertions.assertThat(notice.text()).isEqualTo(text);
        org.assertj.core.api.Assertions.assertThat(notice.getParent().flatMap(Component::getParent)).as("inside the form")
                .containsSame(form);
        return notice;
    }

    @AfterEach
    void signOutAfterTest() {
        Users.signOut();
    }
}
