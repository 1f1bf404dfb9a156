package id.go.kemendagri.siap.budget;

/** Disbursement scheme: all at once (one tranche of 100%) or in the two tranches of 40% and 60%. */
public enum Scheme {
    LUMP_SUM, TRANCHES
}
