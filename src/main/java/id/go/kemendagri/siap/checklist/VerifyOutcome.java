package id.go.kemendagri.siap.checklist;

import java.util.List;

/**
 * The result of verifying several items at once: how many were verified, those skipped because someone changed
 * or decided them in the meantime, and those refused because their template requires evidence they lack.
 */
public record VerifyOutcome(int verified, List<Long> skipped, List<Long> missingEvidence) {

    public VerifyOutcome {
        skipped = List.copyOf(skipped);
        missingEvidence = List.copyOf(missingEvidence);
    }
}
