package id.go.kemendagri.siap.base;

import java.util.Locale;

/**
 * What the shell shows of the signed-in user. {@code roleKey} is a translation key; {@code provinceCode}
 * is empty for users who are not bound to a province.
 */
public record UserProfile(String username, String fullName, String roleKey, String provinceCode, Locale locale) {
}
