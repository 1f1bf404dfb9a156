package id.go.kemendagri.siap.leadership;

/** The result of a quarterly evaluation, from the share of indicators met. */
public enum EvaluationCategory {
    BAIK, CUKUP, KURANG
}
