package id.go.kemendagri.siap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;
import id.go.kemendagri.siap.security.domain.LoginEvent;
import id.go.kemendagri.siap.security.domain.LoginEventRepository;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.TestClock;

/** Sign-ins through the real authentication manager, with a clock the test moves. */
@SpringBootTest
@Import(TestClock.class)
class LoginAttemptsTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "rahasia-sekali";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    AppUserRepository users;
    @Autowired
    LoginEventRepository events;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditService audit;
    @Autowired
    MutableClock clock;

    private AuthenticationManager manager;
    private String username;

    @BeforeEach
    void aFreshUser() throws Exception {
        clock.set(MutableClock.START);
        manager = authenticationConfiguration.getAuthenticationManager();
        username = "masuk" + SEQUENCE.incrementAndGet();
        users.save(new AppUser(username, "Pengguna Uji", passwordEncoder.encode(PASSWORD), Role.EVALUATOR, null,
                "id-ID", clock.instant()));
    }

    @Test
    void the_right_password_signs_in() {
        assertThat(signIn(PASSWORD).getName()).isEqualTo(username);
    }

    @Test
    void five_failures_in_a_row_lock_the_account_even_against_the_right_password() {
        failTimes(4);
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
        failTimes(5);

        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil())
                .isEqualTo(MutableClock.START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void a_good_sign_in_starts_the_count_afresh() {
        failTimes(4);
        signIn(PASSWORD);
        failTimes(4);

        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void four_failures_do_not_lock_the_account() {
        failTimes(4);

        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_lock_holds_for_fifteen_minutes_and_is_released_after_them() {
        failTimes(5);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(PASSWORD).getName()).isEqualTo(username);
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil()).isNull();
    }

    @Test
    void failures_while_locked_do_not_extend_the_lock() {
        failTimes(5);
        clock.advance(Duration.ofMinutes(10));
        failTimes(3);

        clock.advance(Duration.ofMinutes(5));
        assertThat(signIn(PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void every_attempt_is_logged_as_success_failure_or_locked() {
        signIn(PASSWORD);
        failTimes(4);
        clock.advance(Duration.ofSeconds(1));
        failTimes(1);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> signIn(PASSWORD)).isInstanceOf(LockedException.class);

        var logged = events.findByUsernameOrderByOccurredAtDescIdDesc(username, PageRequest.of(0, 10));
        assertThat(logged).extracting(LoginEvent::isSuccess, LoginEvent::getDetail).containsExactly(
                tuple(false, "LOCKED"),
                tuple(false, "LOCKED_NOW"),
                tuple(false, "BadCredentialsException"),
                tuple(false, "BadCredentialsException"),
                tuple(false, "BadCredentialsException"),
                tuple(false, "BadCredentialsException"),
                tuple(true, "OK"));
    }

    @Test
    void a_failed_attempt_for_an_unknown_user_is_logged_too() {
        assertThatThrownBy(() -> manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("tidak-ada-" + username, "salah")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(events.findByUsernameOrderByOccurredAtDescIdDesc("tidak-ada-" + username, PageRequest.of(0, 5)))
                .extracting(LoginEvent::isSuccess).containsExactly(false);
    }

    @Test
    void the_lock_is_audited() {
        failTimes(5);

        assertThat(audit.history(LoginAttempts.AUDIT_ENTITY, username, 5))
                .extracting(e -> e.action(), e -> e.field()).containsExactly(
                        tuple("LOCK", "lockedUntil"));
    }

    private Authentication signIn(String password) {
        return manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void failTimes(int times) {
        for (var i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn("kata-sandi-salah"))
                    .isInstanceOf(AuthenticationException.class);
        }
    }
}
