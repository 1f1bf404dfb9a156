package id.go.kemendagri.siap.base;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A feature's rows that point at files in the {@link FileStore}, for {@link FileStoreCheck}: each feature that
 * keeps files says which checksums its rows name, so that the check needs to know no feature's tables.
 */
public interface StoredFileReferences {

    /**
     * @param sha256 the file's checksum, its name in the store
     * @param row    the row that names it, for the operator (for example {@code checklist_item 42})
     */
    record Reference(String sha256, String row) {
    }

    List<Reference> storedFiles();

    /**
     * The checksums named in one column of a table (an {@code id} table with a nullable checksum column), each
     * with its row as {@code table id}: one statement.
     */
    static List<Reference> inColumn(JdbcTemplate jdbc, String table, String column) {
        return jdbc.query("select id, " + column + " from " + table + " where " + column + " is not null",
                (row, n) -> new Reference(row.getString(2), table + " " + row.getLong(1)));
    }
}
