package id.go.kemendagri.siap.security.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.security.Role;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    /**
     * Users whose user name or full name matches the lower-case LIKE {@code pattern} ({@code !} escapes), or
     * all when it is null. {@code !} rather than a backslash: MySQL reads a backslash in a literal as an escape.
     */
    @Query("""
            select u from AppUser u
            where :pattern is null or lower(u.username) like :pattern escape '!' or lower(u.fullName) like :pattern escape '!'
            """)
    List<AppUser> search(String pattern, Pageable page);

    @Query("""
            select count(u) from AppUser u
            where :pattern is null or lower(u.username) like :pattern escape '!' or lower(u.fullName) like :pattern escape '!'
            """)
    long countSearch(String pattern);

    long countByRoleAndEnabledTrue(Role role);
}
