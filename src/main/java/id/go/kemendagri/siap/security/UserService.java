package id.go.kemendagri.siap.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

/** User administration: only administrators create, change, unlock and reset users. */
@Service
public class UserService {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    static final int MIN_PASSWORD_LENGTH = 8;
    static final int MAX_PASSWORD_LENGTH = 72;
    private static final String AUDIT_ENTITY = LoginAttempts.AUDIT_ENTITY;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final ProvinceDirectory provinces;
    private final AuditService audit;
    private final Clock clock;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, ProvinceDirectory provinces,
            AuditService audit, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.provinces = provinces;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserAccount> list(Pageable page) {
        return users.findAllByOrderByUsernameAsc(page).map(UserService::toAccount).getContent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return users.count();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<UserAccount> find(long id) {
        return users.findById(id).map(UserService::toAccount);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount create(UserDraft draft) {
        var username = draft.username() == null ? "" : draft.username().trim();
        var errors = validate(draft, true);
        if (!errors.containsKey("username") && users.existsByUsername(username)) {
            errors.put("username", "user.error.username-taken");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var user = new AppUser(username, draft.fullName().trim(), passwordEncoder.encode(draft.password()),
                draft.role(), scopedProvince(draft), Formats.INDONESIAN.toLanguageTag(), clock.instant());
        user.setEnabled(draft.enabled());
        users.save(user);
        audit.record(AUDIT_ENTITY, username, null, "CREATE", new FieldChange.Collector()
                .compare("fullName", null, user.getFullName())
                .compare("role", null, user.getRole())
                .compare("provinceCode", null, user.getProvinceCode())
                .compare("enabled", null, user.isEnabled())
                .changes());
        return toAccount(user);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount update(long id, UserDraft draft) {
        var user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        if (draft.version() == null || draft.version() != user.getVersion()) {
            throw new StaleDataException(toAccount(user));
        }
        var errors = validate(draft, false);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var changes = new FieldChange.Collector()
                .compare("fullName", user.getFullName(), draft.fullName().trim())
                .compare("role", user.getRole(), draft.role())
                .compare("provinceCode", user.getProvinceCode(), scopedProvince(draft))
                .compare("enabled", user.isEnabled(), draft.enabled());
        user.setFullName(draft.fullName().trim());
        user.setRole(draft.role());
        user.setProvinceCode(scopedProvince(draft));
        user.setEnabled(draft.enabled());
        if (draft.password() != null && !draft.password().isEmpty()) {
            user.setPasswordHash(passwordEncoder.encode(draft.password()));
            changes.compare("password", "", "(diubah)");
        }
        audit.record(AUDIT_ENTITY, user.getUsername(), null, "UPDATE", changes.changes());
        users.flush();
        return toAccount(user);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount unlock(long id) {
        var user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        audit.record(AUDIT_ENTITY, user.getUsername(), null, "UNLOCK",
                new FieldChange.Collector().compare("lockedUntil", user.getLockedUntil(), null).changes());
        user.setLockedUntil(null);
        user.setFailedAttempts(0);
        users.flush();
        return toAccount(user);
    }

    private LinkedHashMap<String, String> validate(UserDraft draft, boolean creating) {
        var errors = new LinkedHashMap<String, String>();
        if (creating && (draft.username() == null || !USERNAME.matcher(draft.username().trim()).matches())) {
            errors.put("username", "user.error.username");
        }
        if (draft.fullName() == null || draft.fullName().isBlank() || draft.fullName().trim().length() > 120) {
            errors.put("fullName", "user.error.full-name");
        }
        if (draft.role() == null) {
            errors.put("role", "user.error.role");
        } else if (draft.role() == Role.PROVINCIAL_STAFF
                && (draft.provinceCode() == null || !provinces.isProvince(draft.provinceCode()))) {
            errors.put("provinceCode", "user.error.province");
        }
        var password = draft.password() == null ? "" : draft.password();
        if ((creating || !password.isEmpty())
                && (password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH)) {
            errors.put("password", "user.error.password");
        }
        return errors;
    }

    /** Only provincial staff are bound to a province; for everyone else the province is cleared. */
    private static String scopedProvince(UserDraft draft) {
        return draft.role() == Role.PROVINCIAL_STAFF ? draft.provinceCode() : null;
    }

    static UserAccount toAccount(AppUser user) {
        return new UserAccount(user.getId(), user.getUsername(), user.getFullName(), user.getRole(),
                user.getProvinceCode(), user.isEnabled(), user.getLockedUntil(), user.getLocale(),
                user.getVersion());
    }

    static Locale localeOf(AppUser user) {
        return Formats.normalise(Locale.forLanguageTag(user.getLocale()));
    }
}
