package id.go.kemendagri.siap.checklist;

import java.time.Instant;
import java.util.List;

/** One template version with its items. */
public record TemplateDetails(long id, long cycleId, int versionNo, boolean published, Instant publishedAt,
        String publishedBy, List<TemplateItemDetails> items) {
}
