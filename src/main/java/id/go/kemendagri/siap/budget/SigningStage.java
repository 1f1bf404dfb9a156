package id.go.kemendagri.siap.budget;

/** How far an NPHD has come: not proposed, being rationalised, agreed but not signed, signed. */
public enum SigningStage {
    NOT_PROPOSED, RATIONALISING, AGREED, SIGNED
}
