package id.go.kemendagri.siap.checklist;

/** Where an item stands with the evaluators. */
public enum Verification {
    /** Not closed by the region yet. */
    NONE,
    /** Closed by the region, waiting for an evaluator. */
    WAITING,
    VERIFIED,
    /** Sent back by an evaluator with a reason. */
    RETURNED
}
