package id.go.kemendagri.siap.followup.ui;

/** A region as a choice in a selector: code and official name. */
record RegionOption(String code, String name) {

    String label() {
        return code + " " + name;
    }
}
