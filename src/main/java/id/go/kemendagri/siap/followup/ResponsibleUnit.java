package id.go.kemendagri.siap.followup;

/** The regional office that carries out a follow-up; {@link #LAINNYA} names another one in words. */
public enum ResponsibleUnit {
    KESBANGPOL,
    BPKAD,
    BAPPEDA,
    DISDUKCAPIL,
    SATPOL_PP,
    INSPEKTORAT,
    LAINNYA
}
