package id.go.kemendagri.siap.base;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every written row carries: whether it is demo data, who changed it last and when,
 * and the version that a later save must name.
 */
@MappedSuperclass
public abstract class Stamped {

    /** Generated for the demo; cleared by the first real save. */
    @Column(nullable = false)
    private boolean demo;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 60)
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
