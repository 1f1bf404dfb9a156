package id.go.kemendagri.siap.region;

/**
 * The contact as a form submits it. {@code version} is the version the form was loaded with, or
 * {@code null} when the region had no contact yet.
 */
public record DeskContactDraft(String name, String position, String unit, String phone, String email,
        Long version) {

    public static DeskContactDraft empty() {
        return new DeskContactDraft("", "", "", "", "", null);
    }
}
