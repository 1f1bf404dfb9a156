package id.go.kemendagri.siap.leadership;

/** What the evaluation recommends for the Pj. */
public enum Recommendation {
    DILANJUTKAN, TEGURAN, PERHATIAN_KHUSUS, DIPERPANJANG, TIDAK_DIPERPANJANG, DIGANTI
}
