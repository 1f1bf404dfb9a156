package id.go.kemendagri.siap.followup;

import id.go.kemendagri.siap.base.StoredFile;

/** An uploaded document kept in the file store: name to show, type, size in bytes and SHA-256. */
public record Document(String name, String contentType, long size, String sha256) {

    /** The document of a stored file, null for none. */
    static Document of(StoredFile file) {
        return file == null ? null : new Document(file.name(), file.contentType(), file.size(), file.sha256());
    }
}
