package id.go.kemendagri.siap.security;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

/**
 * Who the enabled users are and which regions they may read, for features that address people (mentions,
 * notifications). Read access follows {@link RegionAccess} exactly.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class UserDirectory {

    /** An enabled user as a recipient: enough to decide access and to write to them in their language. */
    public record Person(String username, String fullName, Role role, String provinceCode, String locale) {

        public boolean canRead(String regionCode) {
            return RegionAccess.canRead(SignedInUser.of(username, role, provinceCode), regionCode);
        }
    }

    private final AppUserRepository users;

    @Transactional(readOnly = true)
    public Optional<Person> find(String username) {
        return users.findByUsername(username).filter(AppUser::isEnabled).map(UserDirectory::person);
    }

    /** Enabled users who may read the region, by full name. */
    @Transactional(readOnly = true)
    public List<Person> readersOf(String regionCode) {
        return users.findAll().stream().filter(AppUser::isEnabled).map(UserDirectory::person)
                .filter(p -> p.canRead(regionCode)).sorted(Comparator.comparing(Person::fullName)).toList();
    }

    /** Enabled users who may write in the region (staff of its province, evaluators, administrators). */
    @Transactional(readOnly = true)
    public List<Person> writersOf(String regionCode) {
        return users.findAll().stream().filter(AppUser::isEnabled).map(UserDirectory::person)
                .filter(p -> RegionAccess.canWrite(SignedInUser.of(p.username(), p.role(), p.provinceCode()), regionCode))
                .toList();
    }

    /** Enabled provincial staff of a province. */
    @Transactional(readOnly = true)
    public List<Person> staffOf(String provinceCode) {
        return users.findAll().stream().filter(AppUser::isEnabled)
                .filter(u -> u.getRole() == Role.PROVINCIAL_STAFF && provinceCode.equals(u.getProvinceCode()))
                .map(UserDirectory::person).toList();
    }

    /** Every enabled user. */
    @Transactional(readOnly = true)
    public List<Person> everyone() {
        return users.findAll().stream().filter(AppUser::isEnabled).map(UserDirectory::person).toList();
    }

    /**
     * Runs work of the system (deadline scans) as a ministry evaluator named {@code system}, so that services
     * that check the signed-in user see the whole country; the caller's context is restored afterwards.
     */
    public static <T> T asSystem(java.util.function.Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var user = SignedInUser.of("system", Role.EVALUATOR, null);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static Person person(AppUser u) {
        return new Person(u.getUsername(), u.getFullName(), u.getRole(), u.getProvinceCode(), u.getLocale());
    }
}
