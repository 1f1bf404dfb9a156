package id.go.kemendagri.siap.checklist;

/** The themes checklist items are grouped by, in the order screens show them. */
public enum Theme {
    KELEMBAGAAN, PENDANAAN, FASILITASI, DATA_PEMILIH, NETRALITAS_ASN, KEAMANAN
}
