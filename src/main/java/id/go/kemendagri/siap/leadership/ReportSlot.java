package id.go.kemendagri.siap.leadership;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One quarterly report of a Pj, with its status on the day it was read. {@code sentLate} marks a report
 * that arrived after its due date. {@code category} is the evaluation's result, null before evaluation.
 */
public record ReportSlot(long id, long tenureId, String regionCode, int periodNumber, LocalDate periodStart,
        LocalDate dueOn, LocalDate sentOn, String documentRef, ReportStatus status, boolean sentLate,
        Long evaluationId, EvaluationCategory category, boolean demo, Instant updatedAt, String updatedBy,
        long version, LocalDate forwardedOn) {
}
