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
        references.addAll(jdbc.query("select id, minutes_sha256 from meeting where minutes_sha256 is not null",
                (row, n) -> new Reference(row.getString(2), "meeting " + row.getLong(1))));
        references.addAll(jdbc.query("select id, evidence_sha256 from followup_item where evidence_sha256 is not null",
                (row, n) -> new Reference(row.getString(2), "followup_item " + row.getLong(1))));
        return references;
    }
}
