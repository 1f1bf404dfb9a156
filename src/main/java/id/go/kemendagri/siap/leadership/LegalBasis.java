package id.go.kemendagri.siap.leadership;

/**
 * The decree a head is appointed by: a presidential decree for a province, a decree of the Minister of
 * Home Affairs for a kabupaten/kota (Permendagri 4/2023); Plt and Plh may rest on another letter.
 */
public enum LegalBasis {
    KEPPRES, KEPMENDAGRI, LAINNYA
}
