package id.go.kemendagri.siap.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Uploaded documents (evidence, minutes) on disk under {@code siap.storage.dir}, named by their SHA-256
 * so that the same file is kept once and a stored file can be checked against its checksum. Accepts
 * PDF, JPEG and PNG only, recognised by their first bytes, not by the name the browser sends; the kept name
 * ends with the extension of the type found.
 */
@Component
public class FileStore {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern UNSAFE_NAME = Pattern.compile("[^\\p{L}\\p{N} ._()-]");
    /** What reads as a file extension after the last dot (html, exe, docx), as opposed to a number (2024). */
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,5}");
    /** The extensions a stored file's name may end with, the usual one first. */
    private static final Map<String, List<String>> EXTENSIONS = Map.of("application/pdf", List.of("pdf"),
            "image/png", List.of("png"), "image/jpeg", List.of("jpg", "jpeg"));

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

    private final Path root;
    private final long minFreeBytes;

    FileStore(String root) {
        this(root, DataSize.ofBytes(0));
    }

    @Autowired
    FileStore(@Value("${siap.storage.dir:./data/files}") String root,
            @Value("${siap.storage.min-free:100MB}") DataSize minFree) {
        this.root = Path.of(root).toAbsolutePath().normalize();
        this.minFreeBytes = minFree.toBytes();
    }

    /** The folder the files are kept in. */
    public Path root() {
        return root;
    }

    /**
     * Checks and keeps a file. Nothing is kept when it is refused.
     *
     * @throws InvalidInputException with key {@code file.error.empty}, {@code file.error.size},
     *                               {@code file.error.type} or {@code file.error.storage} (the store is full or
     *                               cannot be written) on the field {@code file}
     */
    public StoredFile store(String originalName, byte[] content) {
        if (content == null || content.length == 0) {
            throw refused("file.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw refused("file.error.size");
        }
        var type = sniff(content);
        if (type == null) {
            throw refused("file.error.type");
        }
        var sha = sha256(content);
        var target = pathOf(sha);
        if (!Files.exists(target)) {
            keep(target, content);
        }
        return new StoredFile(safeName(originalName, type), type, content.length, sha);
    }

    /**
     * Writes the file under a temporary name and moves it into place, so that a file under its checksum is always
     * whole. A store that is full (less than {@code siap.storage.min-free} would be left) or cannot be written
     * (read-only, gone, no permission) refuses the file with {@code file.error.storage}: the caller's transaction
     * rolls back, so no row points at a file that is not there, and the operator gets one log line.
     */
    private void keep(Path target, byte[] content) {
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            var usable = Files.getFileStore(target.getParent()).getUsableSpace();
            if (usable - content.length < minFreeBytes) {
                throw new IOException("only " + usable / 1_048_576 + " MB free, siap.storage.min-free is "
                        + minFreeBytes / 1_048_576 + " MB");
            }
            temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
            // On disk (fsync) before it is moved into place and before the row that names it can commit, and the
            // move itself on disk too: an upload the user saw acknowledged survives a crash of the machine.
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
                var buffer = java.nio.ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            syncFolder(target.getParent());
        } catch (IOException e) {
            log.error("File store {} cannot keep an upload of {} bytes, refused: {}", root, content.length, e.toString());
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the store is failing already; the check lists what is left
                }
            }
            throw refused("file.error.storage");
        }
    }

    /** Writes a folder's entries to disk (Linux and macOS; where a folder cannot be opened, nothing happens). */
    private static void syncFolder(Path folder) {
        try (var channel = java.nio.channels.FileChannel.open(folder, java.nio.file.StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on this platform (Windows): the file itself is on disk already
        }
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    /** PDF, JPEG or PNG by the file's magic bytes; null for anything else. */
    public static String sniff(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return "application/pdf";
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (var i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Where the file with this checksum is kept (whether it is there or not). */
    public Path pathOf(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /**
     * The name to keep: without folders or unusual characters, at most 120 characters before the extension, and
     * always with the extension of the detected type, so that a PDF uploaded as {@code x.html} is kept as
     * {@code x.pdf} and never opens as a web page once downloaded. A name that already says the type keeps its
     * spelling ({@code foto.JPEG}); a dot followed by something that is not an extension stays part of the name
     * ({@code rapat.2024} becomes {@code rapat.2024.pdf}).
     */
    static String safeName(String name, String type) {
        var path = name == null ? "" : name.replace('\\', '/');
        var base = path.substring(path.lastIndexOf('/') + 1);
        base = UNSAFE_NAME.matcher(base).replaceAll("_").strip();
        var extensions = EXTENSIONS.get(type);
        var dot = base.lastIndexOf('.');
        var extension = dot < 0 ? "" : base.substring(dot + 1);
        if (dot >= 0 && extensions.contains(extension.toLowerCase(Locale.ROOT))) {
            base = base.substring(0, dot);
        } else {
            if (EXTENSION.matcher(extension).matches()) {
                base = base.substring(0, dot);
            }
            extension = extensions.getFirst();
        }
        base = base.strip();
        if (base.length() > 120) {
            base = base.substring(base.length() - 120);
        }
        return (base.isEmpty() || base.chars().allMatch(c -> c == '.') ? "dokumen" : base) + "." + extension;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidInputException refused(String key) {
        return new InvalidInputException(Map.of("file", key));
    }
}
