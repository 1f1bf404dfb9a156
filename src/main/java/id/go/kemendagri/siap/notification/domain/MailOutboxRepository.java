package id.go.kemendagri.siap.notification.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.notification.DeliveryState;

public interface MailOutboxRepository extends JpaRepository<MailOutbox, Long> {

    boolean existsByDedupKey(String dedupKey);

    @Query("""
            select m.id from MailOutbox m
            where m.state in ('QUEUED', 'FAILED') and m.nextAttemptAt is not null and m.nextAttemptAt <= :now
            order by m.nextAttemptAt, m.id
            """)
    List<Long> findDue(Instant now, Pageable page);

    @Query("""
            select m from MailOutbox m
            where (:recipient is null or m.recipient = :recipient) and (:state is null or m.state = :state)
            order by m.createdAt desc, m.id desc
            """)
    List<MailOutbox> search(String recipient, DeliveryState state, Pageable page);
}
