package id.go.kemendagri.siap.leadership;

/** The traffic light of the ASN neutrality score. */
public enum NeutralityBand {
    MERAH, KUNING, HIJAU
}
