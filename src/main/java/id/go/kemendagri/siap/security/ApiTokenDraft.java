package id.go.kemendagri.siap.security;

import java.time.LocalDate;
import java.util.Set;

/** A token to issue: a name that says who uses it, what it reads, optionally one province, the last valid day. */
public record ApiTokenDraft(String name, Set<ApiScope> scopes, String provinceCode, LocalDate expiresOn) {
}
