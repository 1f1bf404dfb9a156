package id.go.kemendagri.siap.security;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

/**
 * The demo accounts of the embedded default, each with its user name as password, exist only while demo
 * mode is on (see {@link DemoMode}). A start with demo mode off removes those that still have that password
 * (one whose password an administrator changed is someone's account now and stays). On MySQL/MariaDB, where
 * demo accounts are never created, an account with such a password stops the start: it can only have come
 * from a copied demo database or a benchmark, and anyone could sign in with it.
 */
@Component
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    record Account(String username, String fullName, Role role, String provinceCode) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "Administrator Sistem", Role.ADMIN, null),
            new Account("evaluator", "Evaluator Itjen Kemendagri", Role.EVALUATOR, null),
            new Account("kalteng", "Kesbangpol Kalimantan Tengah", Role.PROVINCIAL_STAFF, "62"),
            new Account("kaltim", "Kesbangpol Kalimantan Timur", Role.PROVINCIAL_STAFF, "64"),
            new Account("pimpinan", "Pimpinan Kemendagri", Role.LEADERSHIP, null));

    private final DemoMode demoMode;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (demoMode.active()) {
            create();
            return;
        }
        var left = withDemoPassword();
        if (left.isEmpty()) {
            return;
        }
        var names = left.stream().map(AppUser::getUsername).toList();
        if (!demoMode.embeddedDatabase()) {
            log.error("Refusing to start: the accounts {} on this MySQL/MariaDB database still have their demo password"
                    + " (password = user name), so anyone could sign in with them. Remove them or give them another"
                    + " password first, e.g. DELETE FROM app_user WHERE username IN ({});"
                    + " see docs/security.md, \"Accounts at start-up\".",
                    names, String.join(", ", names.stream().map(name -> "'" + name + "'").toList()));
            throw new IllegalStateException("Demo accounts with their demo password on MySQL/MariaDB: " + names);
        }
        for (var user : left) {
            audit.record(LoginAttempts.AUDIT_ENTITY, user.getUsername(), null, "DELETE",
                    List.of(new FieldChange("role", user.getRole().name(), null)));
            users.delete(user);
        }
        log.warn("Demo mode is off: removed the demo accounts {} (their password was the user name)", names);
    }

    /** The demo accounts that still have the demo password, whichever database this is. */
    List<AppUser> withDemoPassword() {
        return ACCOUNTS.stream().map(account -> users.findByUsername(account.username())).flatMap(java.util.Optional::stream)
                .filter(user -> passwordEncoder.matches(user.getUsername(), user.getPasswordHash())).toList();
    }

    private void create() {
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
