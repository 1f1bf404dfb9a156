package id.go.kemendagri.siap.leadership.domain;

import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.leadership.Aspect;
import id.go.kemendagri.siap.base.VersionedRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An indicator of the quarterly evaluation. Retired indicators are deactivated, never deleted: old scores point at them. */
@Entity
@Table(name = "evaluation_indicator")
@Getter
public class EvaluationIndicator extends VersionedRecord {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Aspect aspect;

    private String name;

    private int sortOrder;

    private boolean active;

    protected EvaluationIndicator() {
    }

    public EvaluationIndicator(Aspect aspect, String name, int sortOrder, boolean active) {
        update(aspect, name, sortOrder, active);
    }

    public final void update(Aspect aspect, String name, int sortOrder, boolean active) {
        this.aspect = aspect;
        this.name = name;
        this.sortOrder = sortOrder;
        this.active = active;
    }
}
