package id.go.kemendagri.siap.notification;

/** Where an e-mail stands: waiting, sent, failed (retried with back-off until the last attempt), bounced (refused). */
public enum DeliveryState {
    QUEUED, SENT, FAILED, BOUNCED
}
