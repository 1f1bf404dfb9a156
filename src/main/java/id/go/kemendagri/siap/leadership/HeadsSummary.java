package id.go.kemendagri.siap.leadership;

import java.util.Map;

/**
 * The country-wide (or, for provincial staff, province-wide) picture of heads of region for a summary
 * board: active heads by status, latest evaluation results of active heads by category and neutrality
 * band, the alert counts, and the elected heads on campaign leave today (a Pjs acting for them).
 */
public record HeadsSummary(Map<HeadStatus, Long> byStatus, Map<EvaluationCategory, Long> byCategory,
        Map<NeutralityBand, Long> byBand, long termsEnding, long overdueReports, long onCampaignLeave) {

    public long count(HeadStatus status) {
        return byStatus.getOrDefault(status, 0L);
    }
}
