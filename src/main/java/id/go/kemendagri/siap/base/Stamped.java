package id.go.kemendagri.siap.base;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every written row carries: whether it is demo data, who changed it last and when,
 * and the version that a later save must name.
 * <p>
 * Set by the services ({@link #touched}), not by Spring Data's auditing listener: the demo data backdates its stamps
 * and names its own actor, and derived work is stamped {@code system}; a listener would overwrite both at flush.
 */
@MappedSuperclass
public abstract class Stamped {

    /** Generated for the demo; cleared by the first real save. */
    @Column(nullable = false)
    private boolean demo;

    /** Not null in every table but {@code nphd_grant}, whose empty slots nobody has written yet (Flyway owns the schema). */
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Version
    private Long version;

    public void touched(boolean demo, Instant at, String by) {
        this.demo = demo;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Long getVersion() {
        return version;
    }
}
