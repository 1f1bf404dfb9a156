package id.go.kemendagri.siap.leadership;

/** The three aspects the quarterly evaluation's indicators are grouped in. */
public enum Aspect {
    PEMERINTAHAN, PEMBANGUNAN, KEMASYARAKATAN
}
