package id.go.kemendagri.siap.leadership;

/** Why a tenure ended (domain.md, "Heads of region and their status"). */
public enum EndReason {
    TERM_OVER, EVALUATION, RESIGNED, RUNNING_IN_PILKADA, CRIMINAL_SUSPECT, RETIREMENT, ILLNESS, DEATH,
    REPLACED_BY_ELECTED
}
