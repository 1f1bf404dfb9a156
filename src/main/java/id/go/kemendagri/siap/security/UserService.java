package id.go.kemendagri.siap.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;
import id.go.kemendagri.siap.security.domain.LoginEvent;
import id.go.kemendagri.siap.security.domain.LoginEventRepository;

/**
 * User administration: only administrators list, create, change and release users and see the sign-ins held
 * back. Every change is audited in the same transaction; a change based on an old version is refused.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserService {

    static final int MIN_PASSWORD_LENGTH = 8;
    static final int MAX_PASSWORD_LENGTH = 72;
    /** Written to the audit trail instead of a password: the hash is never shown anywhere. */
    static final String PASSWORD_CHANGED = "********";
    private static final String AUDIT_ENTITY = LoginAttempts.AUDIT_ENTITY;
    private static final Sort BY_USERNAME = Sort.by("username");
    /** Changes after which the user must sign in again: what an open session knows is no longer true. */
    private static final Set<String> ENDS_SESSIONS = Set.of("role", "provinceCode", "enabled", "password");

    private final AppUserRepository users;
    private final LoginEventRepository signIns;
    private final PasswordEncoder passwordEncoder;
    private final ProvinceDirectory provinces;
    private final AuditService audit;
    private final UserSessions sessions;
    private final SignInThrottle throttle;
    private final RegionAccess access;
    private final Clock clock;

    /** One page of users whose user name or full name contains {@code search} (all when blank), by user name. */
    @Transactional(readOnly = true)
    public List<UserAccount> page(String search, Pageable page) {
        return users.search(pattern(search), Pages.in(page, BY_USERNAME)).stream()
                .map(UserService::toAccount).toList();
    }

    @Transactional(readOnly = true)
    public long count(String search) {
        return users.countSearch(pattern(search));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id).map(UserService::toAccount);
    }

    /** The user's latest sign-in attempts, newest first. */
    @Transactional(readOnly = true)
    public List<SignInAttempt> recentSignIns(String username, int limit) {
        return signIns.findByUsernameOrderByOccurredAtDescIdDesc(username, PageRequest.of(0, limit)).stream()
                .map(UserService::toAttempt).toList();
    }

    /** The changes made to the user's record, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(String username, int limit) {
        return audit.history(AUDIT_ENTITY, username, limit);
    }

    @Transactional
    public UserAccount create(UserDraft draft) {
        var username = draft.username() == null ? "" : draft.username().trim();
        var errors = new LinkedHashMap<>(UserRules.check(draft, true, provinces));
        if (!errors.containsKey("username") && users.existsByUsername(username)) {
            errors.put("username", "user.error.username-taken");
        }
        InvalidInputException.throwIfAny(errors);
        var user = new AppUser(username, draft.fullName().trim(), passwordEncoder.encode(draft.password()),
                draft.role(), UserRules.scopedProvince(draft), UserRules.locale(draft), clock.instant());
        user.setEnabled(draft.enabled());
        users.saveAndFlush(user);
        audit.record(AUDIT_ENTITY, username, null, "CREATE", new FieldChange.Collector()
                .compare("fullName", null, user.getFullName())
                .compare("role", null, user.getRole())
                .compare("provinceCode", null, user.getProvinceCode())
                .compare("enabled", null, user.isEnabled())
                .compare("locale", null, user.getLocale())
                .compare("password", null, PASSWORD_CHANGED)
                .changes());
        return toAccount(user);
    }

    @Transactional
    public UserAccount update(long id, UserDraft draft) {
        var user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        if (draft.version() == null || draft.version() != user.getVersion()) {
            throw new StaleDataException(toAccount(user));
        }
        var errors = new LinkedHashMap<>(UserRules.check(draft, false, provinces));
        if (errors.isEmpty() && removesLastAdmin(user, draft)) {
            errors.put(draft.role() == Role.ADMIN ? "enabled" : "role", "user.error.last-admin");
        }
        InvalidInputException.throwIfAny(errors);
        var fullName = draft.fullName().trim();
        var province = UserRules.scopedProvince(draft);
        var locale = UserRules.locale(draft);
        var changes = new FieldChange.Collector()
                .compare("fullName", user.getFullName(), fullName)
                .compare("role", user.getRole(), draft.role())
                .compare("provinceCode", user.getProvinceCode(), province)
                .compare("enabled", user.isEnabled(), draft.enabled())
                .compare("locale", user.getLocale(), locale);
        user.setFullName(fullName);
        user.setRole(draft.role());
        user.setProvinceCode(province);
        user.setEnabled(draft.enabled());
        user.setLocale(locale);
        if (draft.password() != null && !draft.password().isEmpty()) {
            user.setPasswordHash(passwordEncoder.encode(draft.password()));
            changes.compare("password", null, PASSWORD_CHANGED);
        }
        var recorded = changes.changes();
        audit.record(AUDIT_ENTITY, user.getUsername(), null, "UPDATE", recorded);
        users.flush();
        if (recorded.stream().anyMatch(change -> ENDS_SESSIONS.contains(change.field()))) {
            sessions.endAfterCommit(user.getUsername());
        }
        return toAccount(user);
    }

    /**
     * Releases every address held back for the user before its hold ends and starts the failure count afresh
     * (the user, or whoever tried their name, may sign in again at once).
     */
    @Transactional
    public UserAccount unlock(long id) {
        var user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        throttle.release(user.getUsername());
        audit.record(AUDIT_ENTITY, user.getUsername(), null, "UNLOCK", new FieldChange.Collector()
                .compare("lockedUntil", user.getLockedUntil(), null)
                .compare("failedAttempts", user.getFailedAttempts(), 0)
                .changes());
        user.setLockedUntil(null);
        user.setFailedAttempts(0);
        users.flush();
        return toAccount(user);
    }

    /** Names held back from an address right now (existing users and names that belong to nobody), latest first. */
    @Transactional(readOnly = true)
    public List<SignInHold> heldBack(int limit) {
        return throttle.holds(limit);
    }

    /**
     * How many names are held back right now, for the number beside "Pengguna" in the menu; 0 for anyone but an
     * administrator (the menu asks on behalf of every user).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countHeldBackForMenu() {
        return access.current().filter(user -> user.role() == Role.ADMIN).map(user -> throttle.countHolds()).orElse(0L);
    }

    /** Someone must always be able to manage users: the last enabled administrator stays one. */
    private boolean removesLastAdmin(AppUser user, UserDraft draft) {
        var wasActiveAdmin = user.getRole() == Role.ADMIN && user.isEnabled();
        var staysActiveAdmin = draft.role() == Role.ADMIN && draft.enabled();
        return wasActiveAdmin && !staysActiveAdmin && users.countByRoleAndEnabledTrue(Role.ADMIN) <= 1;
    }

    private static String pattern(String search) {
        if (search == null || search.isBlank()) {
            return null;
        }
        var text = search.trim().toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + text + "%";
    }

    static UserAccount toAccount(AppUser user) {
        return new UserAccount(user.getId(), user.getUsername(), user.getFullName(), user.getRole(),
                user.getProvinceCode(), user.isEnabled(), user.getLockedUntil(), user.getLocale(),
                user.getCreatedAt(), user.getVersion());
    }

    private static SignInAttempt toAttempt(LoginEvent event) {
        return new SignInAttempt(event.getOccurredAt(), event.getUsername(), event.isSuccess(), event.getDetail(),
                event.getRemoteAddress());
    }

    static Locale localeOf(AppUser user) {
        return Formats.normalise(Locale.forLanguageTag(user.getLocale()));
    }
}
