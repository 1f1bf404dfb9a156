package id.go.kemendagri.siap.security;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

/**
 * The demo accounts of the embedded default, each with its user name as password. Never created on
 * MySQL/MariaDB or with demo mode off (see {@link DemoMode}).
 */
@Component
@Order(20)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Account(String username, String fullName, Role role, String provinceCode) {
    }

    static final java.util.List<Account> ACCOUNTS = java.util.List.of(
            new Account("admin", "Administrator Sistem", Role.ADMIN, null),
            new Account("evaluator", "Evaluator Itjen Kemendagri", Role.EVALUATOR, null),
            new Account("kalteng", "Kesbangpol Kalimantan Tengah", Role.PROVINCIAL_STAFF, "62"),
            new Account("kaltim", "Kesbangpol Kalimantan Timur", Role.PROVINCIAL_STAFF, "64"),
            new Account("pimpinan", "Pimpinan Kemendagri", Role.LEADERSHIP, null));

    private final DemoMode demoMode;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoAccounts(DemoMode demoMode, AppUserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.demoMode = demoMode;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.active()) {
            return;
        }
        var created = 0;
        for (var account : ACCOUNTS) {
            if (!users.existsByUsername(account.username())) {
                users.save(new AppUser(account.username(), account.fullName(),
                        passwordEncoder.encode(account.username()), account.role(), account.provinceCode(),
                        Formats.INDONESIAN.toLanguageTag(), clock.instant()));
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demo accounts (password = user name)", created);
        }
    }
}
