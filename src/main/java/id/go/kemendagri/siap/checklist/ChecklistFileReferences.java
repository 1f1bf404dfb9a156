package id.go.kemendagri.siap.checklist;

import java.util.List;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.StoredFileReferences;

/** Checklist items' evidence files, for the file store check. */
@Component
class ChecklistFileReferences implements StoredFileReferences {

    @Override
    public List<FileColumn> fileColumns() {
        return List.of(new FileColumn("checklist_item", "evidence_sha256"));
    }
}
