package id.go.kemendagri.siap.checklist;

import java.util.List;

/** The result of verifying several items at once: those verified, and those skipped because they changed. */
public record VerifyOutcome(int verified, List<Long> skipped) {
}
