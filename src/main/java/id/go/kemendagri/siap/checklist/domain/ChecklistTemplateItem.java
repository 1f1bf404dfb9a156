package id.go.kemendagri.siap.checklist.domain;

import java.time.LocalDate;

import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.checklist.DerivedSource;
import id.go.kemendagri.siap.checklist.Theme;
import id.go.kemendagri.siap.base.VersionedRecord;
import id.go.kemendagri.siap.region.ElectionStage;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An item of one template version. Its code ties it to the same item in other versions. */
@Entity
@Table(name = "checklist_template_item")
@Getter
public class ChecklistTemplateItem extends VersionedRecord {

    private long templateId;

    private String code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Theme theme;

    private int sortOrder;

    private String nameId;

    private String nameEn;

    private String guidanceId;

    private String guidanceEn;

    private String legalBasis;

    private LocalDate deadlineDate;

    private Integer daysBefore;

    /** The stage whose first day {@link #daysBefore} counts back from; none: the vote. */
    @Enumerated(EnumType.STRING)
    private ElectionStage deadlineStage;

    private LocalDate dueDate;

    private boolean evidenceRequired;

    private boolean forProvince;

    private boolean forKabupaten;

    private boolean forKota;

    private int weight;

    /** The source this item's answer is derived from (docs/checklist.md, "Derived items"); none: answered by hand. */
    @Enumerated(EnumType.STRING)
    private DerivedSource derivedFrom;

    protected ChecklistTemplateItem() {
    }

    public ChecklistTemplateItem(long templateId, String code) {
        this.templateId = templateId;
        this.code = code;
    }

    /** A copy of this item for another template version. */
    public ChecklistTemplateItem copyTo(long otherTemplateId) {
        var copy = new ChecklistTemplateItem(otherTemplateId, code);
        copy.update(theme, sortOrder, nameId, nameEn, guidanceId, guidanceEn, legalBasis, deadlineDate, daysBefore,
                deadlineStage, dueDate, evidenceRequired, forProvince, forKabupaten, forKota, weight);
        copy.derivedFrom = derivedFrom;
        return copy;
    }

    @SuppressWarnings("java:S107") // a template item simply has this many fields
    public void update(Theme theme, int sortOrder, String nameId, String nameEn, String guidanceId, String guidanceEn,
            String legalBasis, LocalDate deadlineDate, Integer daysBefore, ElectionStage deadlineStage, LocalDate dueDate,
            boolean evidenceRequired, boolean forProvince, boolean forKabupaten, boolean forKota, int weight) {
        this.theme = theme;
        this.sortOrder = sortOrder;
        this.nameId = nameId;
        this.nameEn = nameEn;
        this.guidanceId = guidanceId;
        this.guidanceEn = guidanceEn;
        this.legalBasis = legalBasis;
        this.deadlineDate = deadlineDate;
        this.daysBefore = daysBefore;
        this.deadlineStage = daysBefore == null ? null : deadlineStage;
        this.dueDate = dueDate;
        this.evidenceRequired = evidenceRequired;
        this.forProvince = forProvince;
        this.forKabupaten = forKabupaten;
        this.forKota = forKota;
        this.weight = weight;
    }

    /** The source this item's answer is derived from, or null: answered by hand. */
    public void deriveFrom(DerivedSource source) {
        this.derivedFrom = source;
    }
}
