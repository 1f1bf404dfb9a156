package id.go.kemendagri.siap.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import id.go.kemendagri.siap.base.InvalidInputException;

/**
 * Evidence files on disk under {@code siap.storage.dir}. A file is accepted only when its content is a
 * PDF, JPEG or PNG (by its first bytes), its name says the same type, and it is at most 10 MB. A file
 * written in a transaction that rolls back is deleted again, so a refused save leaves nothing behind.
 */
@Component
public class EvidenceStorage {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String FIELD = "evidence";

    /** The types accepted, with the extensions their names may carry. */
    public enum FileType {
        PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png");

        private final String mediaType;
        private final java.util.List<String> extensions;

        FileType(String mediaType, String... extensions) {
            this.mediaType = mediaType;
            this.extensions = java.util.List.of(extensions);
        }

        public String mediaType() {
            return mediaType;
        }

        boolean named(String fileName) {
            var dot = fileName.lastIndexOf('.');
            return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
        }
    }

    public record StoredFile(String name, String path, FileType type, long size, String sha256) {
    }

    private final Path root;

    EvidenceStorage(@Value("${siap.storage.dir:./data/evidence}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    /** What the content really is, from its first bytes. */
    public static Optional<FileType> detect(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(FileType.PDF);
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(FileType.PNG);
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(FileType.JPEG);
        }
        return Optional.empty();
    }

    /** Checks the file; throws {@link InvalidInputException} (field {@code evidence}) and writes nothing when refused. */
    public FileType check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("checklist.error.file-empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("checklist.error.file-too-large");
        }
        var type = detect(content).orElseThrow(() -> refused("checklist.error.file-type"));
        if (fileName == null || !type.named(fileName)) {
            throw refused("checklist.error.file-mismatch");
        }
        return type;
    }

    /** Writes a checked file for an item; it disappears again if the surrounding transaction rolls back. */
    public StoredFile store(String regionCode, long itemId, String fileName, byte[] content) {
        var type = check(fileName, content);
        var relative = regionCode + "/" + itemId + "-" + UUID.randomUUID() + "." + type.extensions.getFirst();
        var target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            var temp = Files.createTempFile(target.getParent(), "upload-", ".part");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store evidence " + relative, e);
        }
        deleteOnRollback(target);
        return new StoredFile(cleanName(fileName), relative, type, content.length, sha256(content));
    }

    public InputStream open(String relativePath) {
        try {
            return Files.newInputStream(resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read evidence " + relativePath, e);
        }
    }

    Path root() {
        return root;
    }

    private Path resolve(String relative) {
        var path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Evidence path outside the storage folder: " + relative);
        }
        return path;
    }

    private static void deleteOnRollback(Path file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }

    /** The name as shown to users: no folders, no control characters, at most 200 characters. */
    static String cleanName(String fileName) {
        var name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (var i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(Map.of(FIELD, key));
    }
}
