package id.go.kemendagri.siap.checklist.domain;

import java.time.LocalDate;

import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.checklist.DerivedSource;
import id.go.kemendagri.siap.checklist.Theme;
import id.go.kemendagri.siap.base.VersionedRecord;
import jakarta.persistence.Column;
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

    @Column(name = "template_id", nullable = false)
    private long templateId;

    @Column(nullable = false, length = 12)
    private String code;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Theme theme;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "name_id", nullable = false, length = 300)
    private String nameId;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "guidance_id", length = 1000)
    private String guidanceId;

    @Column(name = "guidance_en", length = 1000)
    private String guidanceEn;

    @Column(name = "legal_basis", length = 300)
    private String legalBasis;

    @Column(name = "deadline_date")
    private LocalDate deadlineDate;

    @Column(name = "days_before")
    private Integer daysBefore;

    /** The stage whose first day {@link #daysBefore} counts back from; none: the vote. */
    @Enumerated(EnumType.STRING)
    @Column(name = "deadline_stage", length = 32)
    private ElectionStage deadlineStage;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    @Column(name = "for_province", nullable = false)
    private boolean forProvince;

    @Column(name = "for_kabupaten", nullable = false)
    private boolean forKabupaten;

    @Column(name = "for_kota", nullable = false)
    private boolean forKota;

    @Column(nullable = false)
    private int weight;

    /** The source this item's answer is derived from (docs/checklist.md, "Derived items"); none: answered by hand. */
    @Enumerated(EnumType.STRING)
    @Column(name = "derived_from", length = 24)
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
