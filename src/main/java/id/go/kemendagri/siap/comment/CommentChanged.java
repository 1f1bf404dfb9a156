package id.go.kemendagri.siap.comment;

import java.util.Set;

import id.go.kemendagri.siap.base.RegionChange;

/**
 * A comment was posted, edited or struck through and committed. {@code mentioned} are the people newly mentioned
 * by this change (checked: each may read the region), {@code excerpt} the start of the text for notifications.
 */
public record CommentChanged(String regionCode, CommentTarget target, long targetId, long commentId, Action action,
        String author, String authorName, Set<String> mentioned, String excerpt, String link) implements RegionChange {

    public enum Action {
        POSTED, EDITED, STRUCK
    }
}
