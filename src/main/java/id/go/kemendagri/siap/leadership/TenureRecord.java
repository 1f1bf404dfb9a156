package id.go.kemendagri.siap.leadership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A head of region's tenure as other systems read it (no NIP, no user names). {@code lastBand} is the
 * neutrality band of the latest evaluation, a personal score: null for a caller not allowed to see scores.
 */
public record TenureRecord(long id, String regionCode, String regionName, String provinceCode, HeadStatus status,
        String personName, String originPosition, String originInstitution, Echelon echelon, LegalBasis legalBasis,
        String decreeNumber, LocalDate swornInOn, LocalDate termStartedOn, LocalDate termEndsOn, int extensionCount,
        LocalDate endedOn, EndReason endReason, EvaluationCategory lastCategory, NeutralityBand lastBand,
        Instant updatedAt, Instant lastEvaluatedAt) {

    public boolean active() {
        return endedOn == null;
    }

    /** The latest change of the tenure or of one of its evaluations (which set its last category). */
    public Instant changedAt() {
        return lastEvaluatedAt != null && lastEvaluatedAt.isAfter(updatedAt) ? lastEvaluatedAt : updatedAt;
    }

    TenureRecord withoutScores() {
        return new TenureRecord(id, regionCode, regionName, provinceCode, status, personName, originPosition,
                originInstitution, echelon, legalBasis, decreeNumber, swornInOn, termStartedOn, termEndsOn,
                extensionCount, endedOn, endReason, lastCategory, null, updatedAt, lastEvaluatedAt);
    }
}
