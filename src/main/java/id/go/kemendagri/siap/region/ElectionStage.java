package id.go.kemendagri.siap.region;

/**
 * The stages of a Pilkada cycle in their order (PKPU 2/2024 for 2024), each with its first and last day per
 * cycle in {@code election_stage}. Names are translated by {@code region.stage.<NAME>}.
 */
public enum ElectionStage {
    DP4_HANDOVER, CANDIDATE_REGISTRATION, CANDIDATE_DETERMINATION, CAMPAIGN, QUIET_DAYS, VOTE, COUNT_AND_RECAPITULATION;

    /** The translation key of the stage's name. */
    public String key() {
        return "region.stage." + name();
    }
}
