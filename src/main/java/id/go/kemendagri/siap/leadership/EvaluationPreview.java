package id.go.kemendagri.siap.leadership;

/** What an evaluation would come to, while the form is being filled in; {@code band} null without a score. */
public record EvaluationPreview(int met, int scored, int total, EvaluationCategory category, NeutralityBand band) {
}
