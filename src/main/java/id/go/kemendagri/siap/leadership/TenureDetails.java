package id.go.kemendagri.siap.leadership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A tenure as screens show it. {@code daysLeft} counts from today to the term end (negative once it
 * passed), null without a term end or once the tenure ended. {@code leave} is the elected head's campaign leave,
 * null without one. {@code asOf} is the day (Jakarta time) these details were read for.
 */
public record TenureDetails(long id, String regionCode, HeadStatus status, String personName, String nip,
        String originPosition, String originInstitution, Echelon echelon, LegalBasis legalBasis,
        String decreeNumber, LocalDate swornInOn, LocalDate termStartedOn, LocalDate termEndsOn,
        int extensionCount, LocalDate endedOn, EndReason endReason, EvaluationCategory lastCategory,
        NeutralityBand lastBand, boolean demo, Instant updatedAt, String updatedBy, long version, Long daysLeft,
        CampaignLeave leave, LocalDate asOf) {

    public boolean active() {
        return endedOn == null;
    }
}
