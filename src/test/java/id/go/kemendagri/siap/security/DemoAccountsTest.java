package id.go.kemendagri.siap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

/** What a start with demo mode off does with demo accounts that still have their demo password. */
class DemoAccountsTest {

    private static final BCryptPasswordEncoder ENCODER = new BCryptPasswordEncoder(4);

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final AuditService audit = mock(AuditService.class);

    @Test
    void on_mysql_or_mariadb_a_demo_password_stops_the_start_with_a_clear_message() {
        when(users.findByUsername(anyString())).thenReturn(Optional.empty());
        when(users.findByUsername("kaltim")).thenReturn(Optional.of(user("kaltim", "kaltim")));

        assertThatThrownBy(() -> accounts(false).run(null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo password").hasMessageContaining("kaltim");
        verify(users, never()).delete(any());
    }

    @Test
    void on_the_embedded_database_the_demo_accounts_with_their_demo_password_are_removed() {
        when(users.findByUsername(anyString())).thenReturn(Optional.empty());
        var admin = user("admin", "admin");
        when(users.findByUsername("admin")).thenReturn(Optional.of(admin));
        when(users.findByUsername("pimpinan")).thenReturn(Optional.of(user("pimpinan", "sandi-baru-pimpinan")));

        accounts(true).run(null);

        verify(users).delete(admin);
        verify(users, never()).delete(org.mockito.ArgumentMatchers.argThat(u -> u.getUsername().equals("pimpinan")));
    }

    @Test
    void an_account_whose_password_was_changed_does_not_stop_the_start() {
        when(users.findByUsername(anyString())).thenReturn(Optional.empty());
        when(users.findByUsername("admin")).thenReturn(Optional.of(user("admin", "kata-sandi-kuat-2024")));

        accounts(false).run(null);

        assertThat(accounts(false).withDemoPassword()).isEmpty();
    }

    private DemoAccounts accounts(boolean embedded) {
        var demoMode = mock(DemoMode.class);
        when(demoMode.active()).thenReturn(false);
        when(demoMode.embeddedDatabase()).thenReturn(embedded);
        return new DemoAccounts(demoMode, users, ENCODER, audit, Clock.systemUTC());
    }

    private static AppUser user(String username, String password) {
        return new AppUser(username, username, ENCODER.encode(password), Role.ADMIN, null, "id-ID", Instant.now());
    }
}
