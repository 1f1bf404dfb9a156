package id.go.kemendagri.siap.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.security.domain.AppUserRepository;
import id.go.kemendagri.siap.security.domain.AppUser;

/**
 * A deployment's first administrator, from {@code siap.admin.username} and {@code siap.admin.password}
 * (environment: SIAP_ADMIN_USERNAME, SIAP_ADMIN_PASSWORD). Created once, when no user of that name
 * exists; afterwards the administrator manages everyone in the application.
 */
@Component
@Order(21)
class InitialAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final String username;
    private final String password;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    InitialAdmin(@Value("${siap.admin.username:}") String username, @Value("${siap.admin.password:}") String password,
            AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.username = username.trim();
        this.password = password;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isEmpty() || users.existsByUsername(username)) {
            if (users.countByRoleAndEnabledTrue(Role.ADMIN) == 0) {
                log.warn("No enabled administrator: set SIAP_ADMIN_USERNAME and SIAP_ADMIN_PASSWORD to create one");
            }
            return;
        }
        if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
            log.error("siap.admin.password must have at least {} characters: no administrator created",
                    UserService.MIN_PASSWORD_LENGTH);
            return;
        }
        users.save(new AppUser(username, "Administrator", passwordEncoder.encode(password), Role.ADMIN, null,
                Formats.INDONESIAN.toLanguageTag(), clock.instant()));
        log.info("Created the initial administrator {}", username);
    }
}
