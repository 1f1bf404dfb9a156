package id.go.kemendagri.siap.comment;

/** What a thread belongs to; the target's id is 0 for a region (the region code says which). */
public enum CommentTarget {
    REGION, CHECKLIST_ITEM, FOLLOW_UP, GRANT
}
