package id.go.kemendagri.siap.leadership.domain;

import java.util.HashMap;
import java.util.Map;

import lombok.Getter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.NeutralityBand;
import id.go.kemendagri.siap.leadership.Recommendation;
import id.go.kemendagri.siap.base.StampedRecord;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** The Inspectorate General's evaluation of one quarterly report. */
@Entity
@Table(name = "pj_evaluation")
@Getter
public class PjEvaluation extends StampedRecord {

    private Long reportId;

    private Long tenureId;

    private String regionCode;

    /** Indicator id to score 0-100. */
    @ElementCollection
    @CollectionTable(name = "pj_evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    @MapKeyColumn(name = "indicator_id")
    @Column(name = "score", nullable = false)
    private Map<Long, Integer> scores = new HashMap<>();

    private int indicatorsTotal;

    private int indicatorsMet;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EvaluationCategory category;

    private int neutralityScore;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NeutralityBand neutralityBand;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Recommendation recommendation;

    private String note;

    protected PjEvaluation() {
    }

    public PjEvaluation(Long reportId, Long tenureId, String regionCode) {
        this.reportId = reportId;
        this.tenureId = tenureId;
        this.regionCode = regionCode;
    }

    public void score(Map<Long, Integer> scores, int met, EvaluationCategory category, int neutralityScore,
            NeutralityBand band, Recommendation recommendation, String note) {
        this.scores.clear();
        this.scores.putAll(scores);
        this.indicatorsTotal = scores.size();
        this.indicatorsMet = met;
        this.category = category;
        this.neutralityScore = neutralityScore;
        this.neutralityBand = band;
        this.recommendation = recommendation;
        this.note = note;
    }

    public Map<Long, Integer> getScores() {
        return Map.copyOf(scores);
    }
}
