package id.go.kemendagri.siap.base;

import java.time.Instant;

import lombok.Getter;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;

/**
 * A {@link VersionedRecord} that keeps when it was created and by whom ({@code created_at}, {@code created_by}):
 * checklist template versions, API tokens. Stamped by Spring Data JPA's auditing listener when the row is first
 * flushed, as {@link Stamped}'s last change is: the application clock and the signed-in user, else
 * {@value Stamps#SYSTEM} ({@link StampsConfig}); never changed afterwards.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
@Getter
public abstract class CreatedRecord extends VersionedRecord {

    @CreatedDate
    private Instant createdAt;

    @CreatedBy
    private String createdBy;
}
