package id.go.kemendagri.siap.base;

import java.util.List;

/**
 * A feature's rows that point at files in the {@link FileStore}, for {@link FileStoreCheck}: each feature that
 * keeps files names the columns that hold their checksums, so that the check needs to know no feature's tables.
 */
public interface StoredFileReferences {

    /**
     * @param sha256 the file's checksum, its name in the store
     * @param row    the row that names it, for the operator (for example {@code checklist_item 42})
     */
    record Reference(String sha256, String row) {
    }

    /** A nullable checksum column of a table with an {@code id}. */
    record FileColumn(String table, String column) {
    }

    List<FileColumn> fileColumns();
}
