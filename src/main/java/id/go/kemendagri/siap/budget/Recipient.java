package id.go.kemendagri.siap.budget;

/** The four recipients of an election grant, in the order the ministry reports them. */
public enum Recipient {
    KPU, BAWASLU, TNI, POLRI
}
