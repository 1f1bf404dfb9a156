package id.go.kemendagri.siap.notification;

/** How a user wants one kind of notification by e-mail (the inbox always has it). */
public enum MailMode {
    IMMEDIATE, DIGEST, OFF
}
