package id.go.kemendagri.siap.base;

import java.time.Instant;

import lombok.Getter;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every written row carries: whether it is demo data, who changed it last and when,
 * and the version that a later save must name.
 * <p>
 * The last change is stamped by Spring Data JPA's auditing listener when the row is flushed ({@code @PrePersist},
 * {@code @PreUpdate}): the application clock and the signed-in user, else {@value Stamps#SYSTEM}
 * ({@link StampsConfig}). Work that must stamp otherwise runs in a {@link Stamps} scope and flushes inside it: the
 * demo data names its own actor ({@code demo}) and backdates its rows, derived work is {@value Stamps#SYSTEM} even
 * while a user is signed in, and changes that are no edit of the row (a verdict, names kept in step) keep the stamp.
 * Rows written with plain JDBC ({@code checklist.domain.ChecklistItemWriter}'s batches, the demo clean-ups) bypass
 * the listener and set the columns themselves.
 * <p>
 * The demo flag is domain logic, not auditing: generated rows are marked ({@link #markDemo}), and the first real
 * save clears the mark.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
@Getter
public abstract class Stamped {

    /** Generated for the demo; cleared by the first real save. */
    private boolean demo;

    /** Not null in every table but {@code nphd_grant}, whose empty slots nobody has written yet (Flyway owns the schema). */
    @LastModifiedDate
    private Instant updatedAt;

    @LastModifiedBy
    private String updatedBy;

    @Version
    private Long version;

    /** True for a row the demo generates; false on a real save, which thereby claims the row. */
    public void markDemo(boolean demo) {
        this.demo = demo;
    }
}
