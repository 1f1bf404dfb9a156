package id.go.kemendagri.siap.security;

/** A token just issued, with its secret: shown to the administrator once and never stored. */
public record IssuedToken(ApiTokenDetails token, String secret) {
}
