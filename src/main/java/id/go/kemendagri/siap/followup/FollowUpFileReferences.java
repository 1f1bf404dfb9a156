package id.go.kemendagri.siap.followup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.StoredFileReferences;

/** Meeting minutes and follow-up evidence files, for the file store check. */
@Component
class FollowUpFileReferences implements StoredFileReferences {

    private final JdbcTemplate jdbc;

    FollowUpFileReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Reference> storedFiles() {
        var references = new ArrayList<Reference>();
        references.addAll(StoredFileReferences.inColumn(jdbc, "meeting", "minutes_sha256"));
        references.addAll(StoredFileReferences.inColumn(jdbc, "followup_item", "evidence_sha256"));
        return references;
    }
}
