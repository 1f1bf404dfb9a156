package id.go.kemendagri.siap.checklist;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.StoredFileReferences;

/** Checklist items' evidence files, for the file store check. */
@Component
class ChecklistFileReferences implements StoredFileReferences {

    private final JdbcTemplate jdbc;

    ChecklistFileReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Reference> storedFiles() {
        return StoredFileReferences.inColumn(jdbc, "checklist_item", "evidence_sha256");
    }
}
