package id.go.kemendagri.siap.notification;

/** What a notification is about; each has its own e-mail setting per user. */
public enum NotificationKind {
    MENTION, ITEM_RETURNED, ITEM_VERIFIED, REPORT_DUE, TRANCHE_OVERDUE, FOLLOW_UP_ASSIGNED, FOLLOW_UP_DUE, TERM_ENDING;

    /** Mentions and returned items are mailed at once by default, the rest in the daily digest. */
    public MailMode defaultMode() {
        return this == MENTION || this == ITEM_RETURNED ? MailMode.IMMEDIATE : MailMode.DIGEST;
    }
}
