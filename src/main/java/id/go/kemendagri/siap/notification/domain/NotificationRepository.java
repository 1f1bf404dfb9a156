package id.go.kemendagri.siap.notification.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByRecipientAndEventKey(String recipient, String eventKey);

    List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable page);

    long countByRecipientAndReadAtIsNull(String recipient);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.recipient = :recipient and n.readAt is null")
    int markAllRead(String recipient, Instant at);

    List<Notification> findByRecipientAndMailStateOrderByCreatedAtAscIdAsc(String recipient, String mailState);

    @Query("select distinct n.recipient from Notification n where n.mailState = 'DIGEST'")
    List<String> recipientsWithDigest();

    @Query("""
            select n from Notification n
            where (:recipient is null or n.recipient = :recipient) and (:kind is null or n.kind = :kind)
            order by n.createdAt desc, n.id desc
            """)
    List<Notification> search(String recipient, id.go.kemendagri.siap.notification.NotificationKind kind, Pageable page);
}
