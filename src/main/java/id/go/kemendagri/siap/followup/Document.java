package id.go.kemendagri.siap.followup;

/** An uploaded document kept in the file store: name to show, type, size in bytes and SHA-256. */
public record Document(String name, String contentType, long size, String sha256) {
}
