package id.go.kemendagri.siap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.security.domain.AppUserRepository;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.Users;

@SpringBootTest
@Import(TestClock.class)
@Transactional
class UserServiceTest {

    private static final String PASSWORD = "rahasia-sekali";

    @Autowired
    UserService service;
    @Autowired
    AppUserRepository users;
    @Autowired
    SignInThrottle throttle;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void signInAsAdmin() {
        clock.set(MutableClock.START);
        Users.admin();
    }

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    @ParameterizedTest
    @ValueSource(strings = { "EVALUATOR", "PROVINCIAL_STAFF", "LEADERSHIP" })
    void every_role_but_admin_is_refused_every_user_operation(Role role) {
        var existing = service.create(draft("sasaran", Role.EVALUATOR, null));
        Users.signIn("bukan-admin", role, role == Role.PROVINCIAL_STAFF ? "62" : null);

        assertRefused(s -> s.page(null, PageRequest.of(0, 10)));
        assertRefused(s -> s.count(null));
        assertRefused(s -> s.find(existing.id()));
        assertRefused(s -> s.recentSignIns("sasaran", 10));
        assertRefused(s -> s.history("sasaran", 10));
        assertRefused(s -> s.create(draft("baru", Role.ADMIN, null)));
        assertRefused(s -> s.update(existing.id(), existing.toDraft()));
        assertRefused(s -> s.unlock(existing.id()));
    }

    @Test
    void nobody_signed_in_is_refused() {
        Users.signOut();

        assertThatThrownBy(() -> service.count(null))
                .isInstanceOfAny(AccessDeniedException.class,
                        org.springframework.security.core.AuthenticationException.class);
    }

    @Test
    void an_admin_creates_a_user_whose_password_is_stored_as_bcrypt() {
        var created = service.create(draft("budi.santoso", Role.EVALUATOR, null));

        var stored = users.findById(created.id()).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("$2").isNotEqualTo(PASSWORD);
        assertThat(passwordEncoder.matches(PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(created.createdAt()).isEqualTo(MutableClock.START);
        assertThat(created.locale()).isEqualTo("id-ID");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "ab", "Budi", "budi santoso", "-budi", "budi@kemendagri", "abcdefghij" + "abcdefghij"
            + "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" + "x" })
    void a_username_outside_the_format_is_refused(String username) {
        assertInvalid(() -> service.create(draft(username, Role.EVALUATOR, null)), "username", "user.error.username");
    }

    @Test
    void a_username_already_taken_is_refused() {
        service.create(draft("kembar", Role.EVALUATOR, null));

        assertInvalid(() -> service.create(draft("kembar", Role.LEADERSHIP, null)), "username",
                "user.error.username-taken");
    }

    @Test
    void provincial_staff_need_one_of_the_official_provinces() {
        assertInvalid(() -> service.create(draft("staf1", Role.PROVINCIAL_STAFF, null)), "provinceCode",
                "user.error.province");
        assertInvalid(() -> service.create(draft("staf2", Role.PROVINCIAL_STAFF, "99")), "provinceCode",
                "user.error.province");
        assertInvalid(() -> service.create(draft("staf3", Role.PROVINCIAL_STAFF, "62.07")), "provinceCode",
                "user.error.province");
        assertThat(service.create(draft("staf4", Role.PROVINCIAL_STAFF, "62")).provinceCode()).isEqualTo("62");
    }

    @Test
    void other_roles_are_never_bound_to_a_province() {
        assertThat(service.create(draft("pusat", Role.EVALUATOR, "62")).provinceCode()).isNull();
    }

    @Test
    void a_password_shorter_than_eight_or_longer_than_seventy_two_characters_is_refused() {
        assertInvalid(() -> service.create(withPassword(draft("pendek", Role.EVALUATOR, null), "1234567")),
                "password", "user.error.password");
        assertInvalid(() -> service.create(withPassword(draft("panjang", Role.EVALUATOR, null), "x".repeat(73))),
                "password", "user.error.password");
        assertThat(service.create(withPassword(draft("pas", Role.EVALUATOR, null), "12345678")).username())
                .isEqualTo("pas");
    }

    @Test
    void a_user_needs_a_role_and_a_name() {
        var draft = new UserDraft("tanpa.peran", " ", null, null, true, PASSWORD, null, null);

        var error = catchInvalid(() -> service.create(draft));
        assertThat(error.fieldErrors()).containsEntry("role", "user.error.role")
                .containsEntry("fullName", "user.error.full-name");
    }

    @Test
    void an_unknown_language_is_refused() {
        var draft = new UserDraft("bahasa", "Bahasa", Role.EVALUATOR, null, true, PASSWORD, "fr-FR", null);

        assertInvalid(() -> service.create(draft), "locale", "user.error.locale");
    }

    @Test
    void a_password_equal_to_the_user_name_is_refused() {
        assertInvalid(() -> service.create(withPassword(draft("evaluator-uji", Role.EVALUATOR, null), "Evaluator-Uji")),
                "password", "user.error.password-is-username");
    }

    @Test
    void an_update_changes_the_user_and_keeps_the_password_when_none_is_typed() {
        var user = service.create(draft("ubah", Role.EVALUATOR, null));
        var hash = users.findById(user.id()).orElseThrow().getPasswordHash();

        var changed = service.update(user.id(), new UserDraft("ignored", "Nama Baru", Role.PROVINCIAL_STAFF, "64",
                false, "", "en-GB", user.version()));

        assertThat(changed).extracting(UserAccount::username, UserAccount::fullName, UserAccount::role,
                UserAccount::provinceCode, UserAccount::enabled, UserAccount::locale)
                .containsExactly("ubah", "Nama Baru", Role.PROVINCIAL_STAFF, "64", false, "en-GB");
        assertThat(changed.version()).isGreaterThan(user.version());
        assertThat(users.findById(user.id()).orElseThrow().getPasswordHash()).isEqualTo(hash);
    }

    @Test
    void a_password_reset_stores_a_new_bcrypt_hash() {
        var user = service.create(draft("lupa", Role.EVALUATOR, null));

        service.update(user.id(), withPassword(user.toDraft(), "sandi-baru-123"));

        assertThat(passwordEncoder.matches("sandi-baru-123", users.findById(user.id()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void a_stale_update_is_refused_and_carries_the_current_values() {
        var loaded = service.create(draft("rebutan", Role.EVALUATOR, null));
        service.update(loaded.id(), rename(loaded.toDraft(), "Pertama"));

        assertThatThrownBy(() -> service.update(loaded.id(), rename(loaded.toDraft(), "Kedua")))
                .isInstanceOfSatisfying(StaleDataException.class, e -> assertThat(e.current())
                        .isInstanceOfSatisfying(UserAccount.class, current -> assertThat(current.fullName())
                                .isEqualTo("Pertama")));
        assertThat(service.find(loaded.id()).orElseThrow().fullName()).isEqualTo("Pertama");
    }

    @Test
    void the_last_enabled_admin_cannot_lose_the_role_or_be_disabled() {
        users.findAll().stream().filter(u -> u.getRole() == Role.ADMIN).forEach(u -> u.setEnabled(false));
        var admin = service.create(draft("satu.satunya", Role.ADMIN, null));
        var disable = new UserDraft("", admin.fullName(), Role.ADMIN, null, false, "", null, admin.version());
        var demote = new UserDraft("", admin.fullName(), Role.EVALUATOR, null, true, "", null, admin.version());

        assertInvalid(() -> service.update(admin.id(), disable), "enabled", "user.error.last-admin");
        assertInvalid(() -> service.update(admin.id(), demote), "role", "user.error.last-admin");

        service.create(draft("admin.kedua", Role.ADMIN, null));
        assertThat(service.update(admin.id(), demote).role()).isEqualTo(Role.EVALUATOR);
    }

    @Test
    void create_and_update_are_audited_field_by_field_without_the_password() {
        var user = service.create(draft("diaudit", Role.PROVINCIAL_STAFF, "62"));
        service.update(user.id(), withPassword(rename(user.toDraft(), "Nama Lain"), "sandi-baru-123"));

        var history = service.history("diaudit", 20);
        assertThat(history).extracting(AuditEntry::action, AuditEntry::field, AuditEntry::oldValue,
                AuditEntry::newValue, AuditEntry::actor).contains(
                        tuple("CREATE", "role", null, "PROVINCIAL_STAFF", "test-admin"),
                        tuple("CREATE", "provinceCode", null, "62", "test-admin"),
                        tuple("UPDATE", "fullName", "Pengguna Uji", "Nama Lain", "test-admin"),
                        tuple("UPDATE", "password", null, UserService.PASSWORD_CHANGED, "test-admin"));
        assertThat(history).extracting(AuditEntry::newValue).noneMatch(v -> v != null && v.startsWith("$2"));
    }

    @Test
    void releasing_a_user_lets_every_held_back_address_sign_in_again_and_is_audited() {
        var user = service.create(draft("ditahan", Role.EVALUATOR, null));
        for (var i = 0; i < 5; i++) {
            throttle.failed("ditahan", "198.51.100.7");
        }
        var stored = users.findById(user.id()).orElseThrow();
        stored.setLockedUntil(throttle.latestHold("ditahan"));
        stored.setFailedAttempts(5);
        users.flush();
        assertThat(service.find(user.id()).orElseThrow().heldBackAt(clock.instant())).isTrue();
        assertThat(service.heldBack(500)).extracting(SignInHold::username).contains("ditahan");

        var released = service.unlock(user.id());

        assertThat(released.heldBackAt(clock.instant())).isFalse();
        assertThat(throttle.heldUntil("ditahan", "198.51.100.7")).isNull();
        assertThat(users.findById(user.id()).orElseThrow().getFailedAttempts()).isZero();
        assertThat(service.history("ditahan", 5)).extracting(AuditEntry::action, AuditEntry::field)
                .contains(tuple("UNLOCK", "lockedUntil"));
    }

    @Test
    void the_menu_counts_held_back_names_for_administrators_only() {
        for (var i = 0; i < 5; i++) {
            throttle.failed("tebakan-menu", "198.51.100.8");
        }

        assertThat(service.countHeldBackForMenu()).isPositive();
        Users.staff("62");
        assertThat(service.countHeldBackForMenu()).isZero();
    }

    @Test
    void the_search_matches_user_name_or_full_name_and_pages_by_user_name() {
        // A token of this run keeps users created by other tests in the shared database out of the results.
        var token = "q" + Long.toString(System.nanoTime() % 1_000_000, 36);
        service.create(draft(token + ".satu", Role.EVALUATOR, null));
        service.create(rename(draft(token + ".dua", Role.EVALUATOR, null), "Siti " + token + "_Tahu"));
        service.create(rename(draft("lain" + token.substring(1), Role.EVALUATOR, null), "Siti Lain " + token.substring(1)));

        assertThat(service.page(token.toUpperCase(), PageRequest.of(0, 10))).extracting(UserAccount::username)
                .containsExactly(token + ".dua", token + ".satu");
        assertThat(service.count("siti lain " + token.substring(1))).isEqualTo(1);
        assertThat(service.page(token + "_", PageRequest.of(0, 10))).extracting(UserAccount::username).containsExactly(token + ".dua");
        assertThat(service.page(token, PageRequest.of(1, 1))).extracting(UserAccount::username).containsExactly(token + ".satu");
    }

    private void assertRefused(Consumer<UserService> call) {
        assertThatThrownBy(() -> call.accept(service)).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertInvalid(Runnable call, String field, String key) {
        assertThat(catchInvalid(call).fieldErrors()).containsEntry(field, key);
    }

    private static InvalidInputException catchInvalid(Runnable call) {
        try {
            call.run();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected the input to be refused");
    }

    private static UserDraft draft(String username, Role role, String provinceCode) {
        return new UserDraft(username, "Pengguna Uji", role, provinceCode, true, PASSWORD, null, null);
    }

    private static UserDraft withPassword(UserDraft d, String password) {
        return new UserDraft(d.username(), d.fullName(), d.role(), d.provinceCode(), d.enabled(), password, d.locale(),
                d.version());
    }

    private static UserDraft rename(UserDraft d, String fullName) {
        return new UserDraft(d.username(), fullName, d.role(), d.provinceCode(), d.enabled(), d.password(),
                d.locale(), d.version());
    }
}
