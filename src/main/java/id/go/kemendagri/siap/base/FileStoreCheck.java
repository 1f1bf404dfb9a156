package id.go.kemendagri.siap.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.StoredFileReferences.FileColumn;
import id.go.kemendagri.siap.base.StoredFileReferences.Reference;

/**
 * Compares the file store with the rows that point into it ({@link StoredFileReferences}): rows whose file is
 * missing, rows whose file no longer has the checksum it is named by (corrupt), and files that no row names
 * (orphans, including {@code .part} files an interrupted upload left). Reads every file once; changes nothing.
 * Runs nightly ({@code FileStoreCheckSchedule}) and on demand ({@code GET /actuator/filestore}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FileStoreCheck {

    private static final Logger log = LoggerFactory.getLogger(FileStoreCheck.class);

    private final FileStore store;
    private final List<StoredFileReferences> references;
    private final JdbcTemplate jdbc;

    /** A row and the file it names. */
    public record Problem(String row, String sha256) {
    }

    /**
     * @param files   files that rows name (each counted once)
     * @param missing rows whose file is not in the store
     * @param corrupt rows whose file's content does not have its checksum
     * @param orphans files in the store, relative to it, that no row names
     */
    public record Report(int files, List<Problem> missing, List<Problem> corrupt, List<String> orphans) {
        public boolean clean() {
            return missing.isEmpty() && corrupt.isEmpty() && orphans.isEmpty();
        }
    }

    public Report check() {
        var rowsByFile = new LinkedHashMap<String, List<String>>();
        references.stream().flatMap(source -> source.fileColumns().stream()).forEach(column -> named(column)
                .forEach(r -> rowsByFile.computeIfAbsent(r.sha256(), sha -> new ArrayList<>()).add(r.row())));
        var missing = new ArrayList<Problem>();
        var corrupt = new ArrayList<Problem>();
        rowsByFile.forEach((sha, rows) -> {
            var state = state(sha);
            if (state != null) {
                rows.forEach(row -> (state ? corrupt : missing).add(new Problem(row, sha)));
            }
        });
        var orphans = orphans(rowsByFile.keySet());
        var report = new Report(rowsByFile.size(), missing, corrupt, orphans);
        if (report.clean()) {
            log.info("File store check: {} files named by rows, all present with their checksum, no orphans",
                    report.files());
        } else {
            log.warn("File store check: {} files named by rows; missing {}: {}; corrupt {}: {}; orphans {}: {}",
                    report.files(), missing.size(), first(missing), corrupt.size(), first(corrupt), orphans.size(),
                    first(orphans));
        }
        return report;
    }

    /** The checksums named in one column, each with its row as {@code table id}: one statement. */
    private List<Reference> named(FileColumn column) {
        return jdbc.query("select id, " + column.column() + " from " + column.table() + " where " + column.column()
                + " is not null", (row, n) -> new Reference(row.getString(2), column.table() + " " + row.getLong(1)));
    }

    /** Null when the file is there and whole; false when it is missing; true when its content is corrupt. */
    private Boolean state(String sha256) {
        Path path;
        try {
            path = store.pathOf(sha256);
        } catch (IllegalArgumentException e) {
            return Boolean.TRUE;
        }
        if (!Files.isRegularFile(path)) {
            return Boolean.FALSE;
        }
        try (InputStream in = Files.newInputStream(path)) {
            var digest = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
            digest.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.getMessageDigest().digest()).equals(sha256) ? null : Boolean.TRUE;
        } catch (IOException e) {
            return Boolean.TRUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> orphans(java.util.Set<String> named) {
        var root = store.root();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(f -> !named.contains(f.getFileName().toString()))
                    .map(f -> root.relativize(f).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the file store " + root, e);
        }
    }

    private static String first(List<?> items) {
        return items.stream().limit(20).map(Object::toString).collect(Collectors.joining(", "))
                + (items.size() > 20 ? ", ..." : "");
    }
}
