package id.go.kemendagri.siap.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.FileStore;
import id.go.kemendagri.siap.base.StoredFile;
import id.go.kemendagri.siap.base.InvalidInputException;

/**
 * Checklist evidence files, kept in the shared {@link FileStore}. Stricter than the store: besides
 * content (PDF, JPEG or PNG by the first bytes) and size (10 MB), the name must say the same type as the
 * content, so that a file lying about its type is refused. All checks run before anything is written.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EvidenceStorage {

    public static final long MAX_BYTES = FileStore.MAX_BYTES;
    static final String FIELD = "evidence";

    /** The types accepted, with the extensions their names may carry. */
    public enum FileType {
        PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png");

        private final String mediaType;
        private final List<String> extensions;

        FileType(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = List.of(extensions);
        }

        public String mediaType() {
            return mediaType;
        }

        static FileType of(String mediaType) {
            return mediaType == null ? null
                    : List.of(values()).stream().filter(t -> t.mediaType.equals(mediaType)).findFirst().orElse(null);
        }

        boolean named(String fileName) {
            var dot = fileName.lastIndexOf('.');
            return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }

    private final FileStore files;

    /** Checks the file; throws {@link InvalidInputException} (field {@code evidence}) when refused. */
    public FileType check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("checklist.error.file-empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("checklist.error.file-too-large");
        }
        var type = FileType.of(FileStore.sniff(content));
        if (type == null) {
            throw refused("checklist.error.file-type");
        }
        if (fileName == null || !type.named(fileName)) {
            throw refused("checklist.error.file-mismatch");
        }
        return type;
    }

    /** Checks, then keeps the file under its SHA-256. */
    public StoredFile store(String fileName, byte[] content) {
        check(fileName, content);
        return files.store(fileName, content);
    }

    public InputStream open(String sha256) {
        try {
            return files.open(sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read evidence " + sha256, e);
        }
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(Map.of(FIELD, key));
    }
}
