package id.go.kemendagri.siap.followup;

import java.util.List;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.StoredFileReferences;

/** Meeting minutes and follow-up evidence files, for the file store check. */
@Component
class FollowUpFileReferences implements StoredFileReferences {

    @Override
    public List<FileColumn> fileColumns() {
        return List.of(new FileColumn("meeting", "minutes_sha256"), new FileColumn("followup_item", "evidence_sha256"));
    }
}
