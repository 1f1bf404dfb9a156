package id.go.kemendagri.siap.support;

import java.time.Clock;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

/**
 * A test against the whole application on a random port, as a browser or an HTTP client meets it, with the
 * accounts it signs in with saved in the database. Every subclass without its own {@code @SpringBootTest}
 * shares one cached context (development mode's component tracker off, as production has none).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.componentTracker.enabled=false")
public abstract class ServerTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected AppUserRepository users;
    @Autowired
    protected PasswordEncoder passwordEncoder;
    @Autowired
    protected Clock clock;

    /** Saves an account that signs in with {@code password}. */
    protected AppUser createUser(String username, String fullName, String password, Role role, String province) {
        return users.save(new AppUser(username, fullName, passwordEncoder.encode(password), role, province, "id-ID",
                clock.instant()));
    }

    /** Saves an account named "IT <i>username</i>" that signs in with {@link #passwordOf(String)}. */
    protected AppUser createUser(String username, Role role, String province) {
        return createUser(username, "IT " + username, passwordOf(username), role, province);
    }

    /** The password of an account made by {@link #createUser(String, Role, String)}. */
    protected static String passwordOf(String username) {
        return username + "-Pw1";
    }

    /** The address of a path (starting with {@code /}) on this test's server. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Eight random characters that keep a name unique across tests sharing the database. */
    protected static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
