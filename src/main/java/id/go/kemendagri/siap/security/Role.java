package id.go.kemendagri.siap.security;

/** The four kinds of user. Spring Security sees them as authorities {@code ROLE_<name>}. */
public enum Role {
    /** Manages users, roles and master data. */
    ADMIN,
    /** Ministry evaluator in Jakarta: reads and writes every region. */
    EVALUATOR,
    /** Kesbangpol / BPKAD / Bappeda staff of exactly one province: that province and its kabupaten/kota. */
    PROVINCIAL_STAFF,
    /** Minister, directors general, governors: read-only, everywhere. */
    LEADERSHIP;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String EVALUATOR_NAME = "EVALUATOR";
    public static final String PROVINCIAL_STAFF_NAME = "PROVINCIAL_STAFF";
    public static final String LEADERSHIP_NAME = "LEADERSHIP";

    public String authority() {
        return "ROLE_" + name();
    }
}
