package id.go.kemendagri.siap.checklist;

/**
 * What a template item's answer is derived from, when the application already knows it (issue 19): the NPHD of one
 * recipient, the tranche I or II transfers of the region's grants, the heads of region (a Pj who resigned to run,
 * a Pjs for an incumbent on campaign leave) or the Inspectorate General's evaluations (the ASN neutrality score).
 * See docs/checklist.md, "Derived items".
 */
public enum DerivedSource {
    NPHD_KPU, NPHD_BAWASLU, NPHD_TNI, NPHD_POLRI, TRANCHE_ONE, TRANCHE_TWO, PJ_RESIGNED, NEUTRALITY_SCORE, PJS_APPOINTED;

    /** Whether the source is the budget (grants and transfers); otherwise it is the heads of region. */
    public boolean fromBudget() {
        return ordinal() <= TRANCHE_TWO.ordinal();
    }
}
