package id.go.kemendagri.siap.region;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The contact as a form submits it. {@code version} is the version the form was loaded with, or
 * {@code null} when the region had no contact yet. The simple rules are constraints here (the form shows
 * them while typing, the service checks them again, see {@link DeskContactRules}); the phone number's rule,
 * which reads through spaces and dashes, is in the rules.
 */
public record DeskContactDraft(
        @NotBlank(message = "contact.error.name") @Size(min = 3, max = DeskContactRules.MAX_TEXT, message = "contact.error.name")
        @Pattern(regexp = DeskContactRules.NO_CONTROL, message = "contact.error.name") String name,
        @NotBlank(message = "contact.error.position") @Size(min = 2, max = DeskContactRules.MAX_TEXT, message = "contact.error.position")
        @Pattern(regexp = DeskContactRules.NO_CONTROL, message = "contact.error.position") String position,
        @NotBlank(message = "contact.error.unit") @Size(min = 2, max = DeskContactRules.MAX_TEXT, message = "contact.error.unit")
        @Pattern(regexp = DeskContactRules.NO_CONTROL, message = "contact.error.unit") String unit,
        @NotBlank(message = "contact.error.phone") @Size(max = DeskContactRules.MAX_PHONE, message = "contact.error.phone") String phone,
        @NotBlank(message = "contact.error.email") @Size(max = DeskContactRules.MAX_EMAIL, message = "contact.error.email")
        @Email(regexp = DeskContactRules.EMAIL_PATTERN, message = "contact.error.email") String email,
        Long version) {

    public static DeskContactDraft empty() {
        return new DeskContactDraft("", "", "", "", "", null);
    }
}
