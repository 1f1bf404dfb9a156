package id.go.kemendagri.siap.security.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiCallRepository extends JpaRepository<ApiCall, Long> {

    /** Newest first, with the token's name (null for calls without a valid token). */
    @Query("""
            select c, t.name from ApiCall c left join ApiToken t on t.id = c.tokenId
            where (:tokenId is null or c.tokenId = :tokenId) and (:errorsOnly = false or c.status >= 400)
            order by c.occurredAt desc, c.id desc
            """)
    List<Object[]> findPage(Long tokenId, boolean errorsOnly, Pageable page);

    @Query("""
            select count(c) from ApiCall c
            where (:tokenId is null or c.tokenId = :tokenId) and (:errorsOnly = false or c.status >= 400)
            """)
    long countPage(Long tokenId, boolean errorsOnly);

    @Modifying
    @Query("delete from ApiCall c where c.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
