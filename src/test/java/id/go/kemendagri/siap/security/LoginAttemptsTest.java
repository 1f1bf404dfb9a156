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
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;
import id.go.kemendagri.siap.security.domain.LoginEvent;
import id.go.kemendagri.siap.security.domain.LoginEventRepository;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.TestClock;

/**
 * Sign-ins through the real authentication manager from given addresses, with a clock the test moves: a
 * name is held back per address, progressively, and never from everywhere.
 */
@SpringBootTest
@Import(TestClock.class)
class LoginAttemptsTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "rahasia-sekali";
    private static final String ATTACKER = "198.51.100.23";
    private static final String OFFICE = "10.12.0.5";

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
    SignInThrottle throttle;
    @Autowired
    MutableClock clock;

    private AuthenticationManager manager;
    private String username;

    @BeforeEach
    void aFreshUser() throws Exception {
        clock.set(MutableClock.START);
        manager = authenticationConfiguration.getAuthenticationManager();
        username = "masuk" + SEQUENCE.incrementAndGet();
        users.save(new AppUser(username, "Pengguna Uji", passwordEncoder.encode(PASSWORD), Role.ADMIN, null,
                "id-ID", clock.instant()));
    }

    @Test
    void the_right_password_signs_in() {
        assertThat(signIn(username, PASSWORD, OFFICE).getName()).isEqualTo(username);
    }

    @Test
    void five_failures_in_a_row_hold_that_address_back_even_against_the_right_password() {
        failTimes(username, ATTACKER, 5);

        assertThatThrownBy(() -> signIn(username, PASSWORD, ATTACKER)).isInstanceOf(LockedException.class);
        assertThat(users.findByUsername(username).orElseThrow().getLockedUntil())
                .isEqualTo(MutableClock.START.plus(Duration.ofMinutes(1)));
    }

    @Test
    void an_administrator_held_back_from_one_address_still_signs_in_from_another() {
        failTimes(username, ATTACKER, 12);

        assertThat(signIn(username, PASSWORD, OFFICE).getName()).isEqualTo(username);
        assertThatThrownBy(() -> signIn(username, PASSWORD, ATTACKER)).isInstanceOf(LockedException.class);
    }

    @Test
    void the_hold_starts_at_one_minute_and_doubles_with_each_further_failure_up_to_thirty_minutes() {
        var holds = new java.util.ArrayList<Duration>();
        failTimes(username, ATTACKER, 4);
        for (var failure = 5; failure <= 11; failure++) {
            failTimes(username, ATTACKER, 1);
            var until = throttle.heldUntil(username, ATTACKER);
            holds.add(Duration.between(clock.instant(), until));
            clock.set(until);
        }

        assertThat(holds).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(30), Duration.ofMinutes(30));
    }

    @Test
    void attempts_while_held_back_are_refused_unchecked_and_do_not_lengthen_the_hold() {
        failTimes(username, ATTACKER, 5);
        clock.advance(Duration.ofSeconds(30));
        for (var i = 0; i < 10; i++) {
            assertThatThrownBy(() -> signIn(username, "tebakan", ATTACKER)).isInstanceOf(LockedException.class);
        }

        clock.advance(Duration.ofSeconds(30));
        assertThat(signIn(username, PASSWORD, ATTACKER).getName()).isEqualTo(username);
    }

    @Test
    void four_failures_do_not_hold_back_and_a_good_sign_in_starts_the_count_afresh() {
        failTimes(username, ATTACKER, 4);
        signIn(username, PASSWORD, ATTACKER);
        failTimes(username, ATTACKER, 4);

        assertThat(signIn(username, PASSWORD, ATTACKER).isAuthenticated()).isTrue();
    }

    @Test
    void failures_older_than_a_day_are_forgotten() {
        failTimes(username, ATTACKER, 4);
        clock.advance(Duration.ofHours(25));
        failTimes(username, ATTACKER, 4);

        assertThat(signIn(username, PASSWORD, ATTACKER).isAuthenticated()).isTrue();
    }

    @Test
    void an_unknown_user_name_is_held_back_like_a_real_one() {
        var nobody = "tidak-ada-" + username;
        failTimes(nobody, ATTACKER, 5);

        assertThatThrownBy(() -> signIn(nobody, "apa-saja", ATTACKER)).isInstanceOf(LockedException.class);
        assertThat(throttle.holds(500)).filteredOn(hold -> hold.username().equals(nobody))
                .extracting(SignInHold::remoteAddress, SignInHold::failures, SignInHold::knownUser)
                .containsExactly(tuple(ATTACKER, 5, false));
    }

    @Test
    void a_disabled_account_with_a_wrong_password_fails_as_any_wrong_password_does() {
        var user = users.findByUsername(username).orElseThrow();
        user.setEnabled(false);
        users.save(user);

        assertThatThrownBy(() -> signIn(username, "salah", OFFICE)).isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn("tidak-ada-" + username, "salah", OFFICE))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void every_attempt_is_logged_with_its_address() {
        signIn(username, PASSWORD, OFFICE);
        failTimes(username, ATTACKER, 4);
        clock.advance(Duration.ofSeconds(1));
        failTimes(username, ATTACKER, 1);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> signIn(username, PASSWORD, ATTACKER)).isInstanceOf(LockedException.class);

        var logged = events.findByUsernameOrderByOccurredAtDescIdDesc(username, PageRequest.of(0, 10));
        assertThat(logged).extracting(LoginEvent::isSuccess, LoginEvent::getDetail, LoginEvent::getRemoteAddress)
                .containsExactly(
                        tuple(false, LoginAttempts.HELD_BACK, ATTACKER),
                        tuple(false, LoginAttempts.HELD_BACK_NOW, ATTACKER),
                        tuple(false, "BadCredentialsException", ATTACKER),
                        tuple(false, "BadCredentialsException", ATTACKER),
                        tuple(false, "BadCredentialsException", ATTACKER),
                        tuple(false, "BadCredentialsException", ATTACKER),
                        tuple(true, "OK", OFFICE));
    }

    @Test
    void a_hold_is_audited_and_listed_for_administrators() {
        failTimes(username, ATTACKER, 5);

        assertThat(audit.history(LoginAttempts.AUDIT_ENTITY, username, 5))
                .extracting(e -> e.action(), e -> e.field(), e -> e.newValue())
                .contains(tuple("HOLD", "heldBackAddress", ATTACKER));
        assertThat(throttle.holds(500)).filteredOn(hold -> hold.username().equals(username))
                .extracting(SignInHold::remoteAddress, SignInHold::knownUser).containsExactly(tuple(ATTACKER, true));
    }

    private Authentication signIn(String name, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return manager.authenticate(token);
    }

    private void failTimes(String name, String address, int times) {
        for (var i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(name, "kata-sandi-salah", address))
                    .isInstanceOf(AuthenticationException.class);
        }
    }
}
