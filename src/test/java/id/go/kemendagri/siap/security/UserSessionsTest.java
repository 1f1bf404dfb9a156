package id.go.kemendagri.siap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.session.SessionRegistry;

import id.go.kemendagri.siap.support.Users;

/** Open sessions end when what they know about the user stops being true. Not transactional: ends after commit. */
@SpringBootTest
class UserSessionsTest {

    @Autowired
    UserService service;
    @Autowired
    SessionRegistry registry;

    private UserAccount user;
    private String sessionId;

    @BeforeEach
    void aSignedInUser() {
        Users.admin();
        var username = "sesi." + UUID.randomUUID().toString().substring(0, 8);
        user = service.create(new UserDraft(username, "Pengguna Bersesi", Role.PROVINCIAL_STAFF, "62", true,
                "rahasia-123", null, null));
        sessionId = "sesi-" + username;
        registry.registerNewSession(sessionId, SignedInUser.of(username, Role.PROVINCIAL_STAFF, "62"));
    }

    @AfterEach
    void cleanUp() {
        registry.removeSessionInformation(sessionId);
        Users.signOut();
    }

    /** Disabled, moved to another province, or given a new password: what the open sessions know is no longer true. */
    @ParameterizedTest(name = "{0} ends their open sessions")
    @CsvSource({
            "disabling the user,       62, false, ''",
            "moving to another province, 64, true, ''",
            "a password reset,         62, true,  sandi-baru-123"})
    void a_change_of_access_ends_their_open_sessions(String change, String province, boolean enabled, String password) {
        service.update(user.id(), withChange(user.toDraft(), Role.PROVINCIAL_STAFF, province, enabled, password));

        assertThat(registry.getSessionInformation(sessionId).isExpired()).as(change).isTrue();
    }

    @Test
    void a_new_full_name_keeps_their_sessions_open() {
        var draft = user.toDraft();
        service.update(user.id(), new UserDraft(draft.username(), "Nama Baru", draft.role(), draft.provinceCode(),
                true, "", draft.locale(), draft.version()));

        assertThat(registry.getSessionInformation(sessionId).isExpired()).isFalse();
    }

    private static UserDraft withChange(UserDraft d, Role role, String province, boolean enabled, String password) {
        return new UserDraft(d.username(), d.fullName(), role, province, enabled, password, d.locale(), d.version());
    }
}
