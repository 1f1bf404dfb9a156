package id.go.kemendagri.siap.followup;

/** Kinds of coordination meeting the ministry holds with the regions. */
public enum MeetingType {
    RAKOR_EVALUASI_PJ,
    ASISTENSI_PENDANAAN,
    RAKOR_KESIAPAN_PILKADA,
    RAKOR_FORKOPIMDA,
    RAKORTEKRENBANG,
    RAKOR_SINKRONISASI,
    /** Planning of the Renstra and its key performance indicators (IKU), e.g. of the Kesbangpol offices. */
    RAKOR_PERENCANAAN
}
