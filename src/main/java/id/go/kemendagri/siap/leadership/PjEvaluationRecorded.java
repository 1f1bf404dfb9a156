package id.go.kemendagri.siap.leadership;


/** An evaluation of a quarterly report was saved at this version. */
public record PjEvaluationRecorded(String regionCode, long evaluationId, long version) implements LeadershipChanged {
}
