package id.go.kemendagri.siap.leadership;

/** The civil-service rank a Pj comes from: JPT madya (echelon I) or JPT pratama (echelon II). */
public enum Echelon {
    JPT_MADYA, JPT_PRATAMA
}
