package id.go.kemendagri.siap.base;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A file kept in the {@link FileStore}: the name to show and offer for download, its type, size in bytes and
 * SHA-256 (its name in the store). What {@link FileStore#store} returns, and what a row that points at an
 * uploaded file embeds: each names its columns with its own prefix
 * ({@code @EmbeddedColumnNaming("evidence_%s")} gives {@code evidence_name}, {@code evidence_type},
 * {@code evidence_size}, {@code evidence_sha256}). A row without a file has all four null and reads as null.
 *
 * @param name at most 125 characters ({@link FileStore}'s safe name), so it fits every table's column
 */
@Embeddable
public record StoredFile(
        @Column(name = "name", length = 130) String name,
        @Column(name = "type", length = 40) String contentType,
        @Column(name = "size") long size,
        @Column(name = "sha256", length = 64) String sha256) {
}
