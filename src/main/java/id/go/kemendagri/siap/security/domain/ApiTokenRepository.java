package id.go.kemendagri.siap.security.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    /** Newest first; the ones still usable first when asked. */
    @Query("""
            select t from ApiToken t
            where (:usableOnly = false or (t.revokedAt is null and t.expiresAt > :now))
            order by t.createdAt desc, t.id desc
            """)
    List<ApiToken> findPage(boolean usableOnly, Instant now, Pageable page);

    @Query("""
            select count(t) from ApiToken t
            where (:usableOnly = false or (t.revokedAt is null and t.expiresAt > :now))
            """)
    long countPage(boolean usableOnly, Instant now);

    /**
     * Notes a use without touching the version (an administrator's revocation must not turn stale because
     * the token was used) and at most once per {@code notBefore}, so that a busy token is not one update
     * per call.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
    int markUsed(long id, Instant at, Instant notBefore);
}
