package id.go.kemendagri.siap.comment;

import java.time.Instant;
import java.util.Set;

/** A comment as a thread shows it; {@code editable}: the current user may still change its text. */
public record CommentView(long id, String author, String authorName, String body, Instant createdAt,
        Instant editedAt, Instant struckAt, String struckBy, Set<String> mentions, long version, boolean editable,
        boolean strikable) {

    public boolean struck() {
        return struckAt != null;
    }
}
