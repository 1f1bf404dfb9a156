package id.go.kemendagri.siap.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.comment.CommentRef;
import id.go.kemendagri.siap.comment.CommentService;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserService;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.Users;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Notifications by e-mail against a real SMTP server in the test JVM (GreenMail): a mention reaches the inbox and
 * the mailbox, mentions are scoped to the region's readers, the daily digest, SMTP down then up (every mail exactly
 * once), the delivery log's states, one-click unsubscribe. The schedule is off: the test runs each step.
 */
@SpringBootTest(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "siap.notification.schedule=false", "siap.notification.first-retry=1m" })
@Import(TestClock.class)
class NotificationMailTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

    @Autowired
    UserService users;
    @Autowired
    CommentService comments;
    @Autowired
    NotificationService notifications;
    @Autowired
    MailDelivery delivery;
    @Autowired
    DeadlineScan scan;
    @Autowired
    MutableClock clock;

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    private String user(String prefix, Role role, String province) {
        return Users.create(users, prefix, role, province);
    }

    private void withEmail(String name, Role role, String province, Map<NotificationKind, MailMode> modes, int hour) {
        Users.signIn(name, role, province);
        notifications.saveSettings(name + "@pemda.test", hour, modes);
    }

    @Test
    void a_mention_reaches_the_inbox_and_the_mailbox_once_and_others_get_nothing() throws Exception {
        var author = user("penulis", Role.PROVINCIAL_STAFF, "62");
        var reader = user("pembaca", Role.PROVINCIAL_STAFF, "62");
        var outsider = user("luar", Role.PROVINCIAL_STAFF, "64");
        withEmail(reader, Role.PROVINCIAL_STAFF, "62", Map.of(), 7);
        withEmail(outsider, Role.PROVINCIAL_STAFF, "64", Map.of(), 7);

        Users.signIn(author, Role.PROVINCIAL_STAFF, "62");
        assertThat(comments.mentionable("62.07")).extracting(p -> p.username()).contains(reader).doesNotContain(outsider);
        assertThatThrownBy(() -> comments.post(CommentRef.region("62.07"), "Tolong cek", Set.of(outsider)))
                .isInstanceOf(InvalidInputException.class);
        comments.post(CommentRef.region("62.07"), "Mohon cek dokumen NPHD, @" + reader + " dan @" + outsider, Set.of());

        Users.signIn(reader, Role.PROVINCIAL_STAFF, "62");
        var inbox = notifications.inbox(0, 10);
        assertThat(inbox).hasSize(1);
        assertThat(inbox.get(0).kind()).isEqualTo(NotificationKind.MENTION);
        assertThat(inbox.get(0).link()).isEqualTo("wilayah/62.07?buka=diskusi");
        assertThat(notifications.unreadCount()).isEqualTo(1);
        Users.signIn(outsider, Role.PROVINCIAL_STAFF, "64");
        assertThat(notifications.inbox(0, 10)).isEmpty();

        assertThat(delivery.sendDue()).isEqualTo(1);
        assertThat(delivery.sendDue()).isZero();
        var received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        var mail = received[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(reader + "@pemda.test");
        assertThat(mail.getSubject()).contains("disebut");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("berhenti-langganan");
        var text = GreenMailUtil.getBody(mail);
        assertThat(text).contains("text/plain").contains("text/html").contains("Mohon cek dokumen NPHD");

        // One-click unsubscribe: the signed link turns mentions off; a forged one does nothing.
        var link = Pattern.compile("berhenti-langganan\\?u=([^&]+)&k=(\\w+)&s=(\\w+)").matcher(plainText(mail));
        assertThat(link.find()).isTrue();
        assertThat(notifications.unsubscribe(link.group(1), link.group(2), "00" + link.group(3).substring(2))).isEmpty();
        assertThat(notifications.unsubscribe(link.group(1), link.group(2), link.group(3))).contains(NotificationKind.MENTION);
        Users.signIn(reader, Role.PROVINCIAL_STAFF, "62");
        assertThat(notifications.settings().modes().get(NotificationKind.MENTION)).isEqualTo(MailMode.OFF);
    }

    @Test
    void smtp_down_then_up_sends_every_mail_exactly_once_and_the_log_shows_each_state() throws Exception {
        var author = user("penulis", Role.EVALUATOR, null);
        var reader = user("pembaca", Role.PROVINCIAL_STAFF, "62");
        withEmail(reader, Role.PROVINCIAL_STAFF, "62", Map.of(), 7);

        SMTP.stop();
        Users.signIn(author, Role.EVALUATOR, null);
        for (var i = 0; i < 3; i++) {
            comments.post(CommentRef.region("62.07"), "Pesan " + i + " untuk @" + reader, Set.of());
        }
        assertThat(delivery.sendDue()).isZero();
        Users.admin();
        var failed = delivery.log("EMAIL", reader, DeliveryState.FAILED, 10);
        assertThat(failed).hasSize(3).allSatisfy(e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.lastError()).isNotBlank();
        });
        // Not due yet: the back-off holds them back.
        assertThat(delivery.sendDue()).isZero();

        SMTP.start();
        clock.advance(Duration.ofMinutes(2));
        assertThat(delivery.sendDue()).isEqualTo(3);
        clock.advance(Duration.ofHours(1));
        assertThat(delivery.sendDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(List.of(SMTP.getReceivedMessages()).stream().map(m -> plainText(m)).filter(t -> t.contains("Pesan 0")))
                .hasSize(1);
        Users.admin();
        assertThat(delivery.log("EMAIL", reader, DeliveryState.SENT, 10)).hasSize(3)
                .allSatisfy(e -> assertThat(e.attempts()).isEqualTo(2));
        assertThat(delivery.log("INBOX", reader, null, 10)).hasSize(3);
    }

    @Test
    void the_digest_collects_the_day_once_at_the_chosen_hour() throws Exception {
        var reader = user("ringkas", Role.PROVINCIAL_STAFF, "62");
        var hour = clock.instant().atZone(id.go.kemendagri.siap.base.Formats.WIB).getHour();
        withEmail(reader, Role.PROVINCIAL_STAFF, "62", Map.of(NotificationKind.MENTION, MailMode.DIGEST), (hour + 1) % 24);
        notifications.notify(reader, NotificationKind.REPORT_DUE, "t:" + reader + ":1", "62.07", "wilayah/62.07",
                List.of("Kab. Kotawaringin Timur", "Budi", "2", "2026-01-12"));
        notifications.notify(reader, NotificationKind.TERM_ENDING, "t:" + reader + ":2", "62.07", "wilayah/62.07",
                List.of("Kab. Kotawaringin Timur", "Budi", "2026-01-12"));
        assertThat(notifications.notify(reader, NotificationKind.TERM_ENDING, "t:" + reader + ":2", "62.07",
                "wilayah/62.07", List.of("again"))).isFalse();
        // Not outside the region's province.
        assertThat(notifications.notify(reader, NotificationKind.TERM_ENDING, "t:" + reader + ":3", "64.01",
                "wilayah/64.01", List.of("x", "y", "z"))).isFalse();

        assertThat(delivery.queueDigests()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(delivery.queueDigests()).isEqualTo(1);
        assertThat(delivery.queueDigests()).isZero();
        assertThat(delivery.sendDue()).isEqualTo(1);
        var mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getSubject()).contains("Ringkasan harian").contains("2");
        assertThat(plainText(mail)).contains("Laporan Pj Kab. Kotawaringin Timur (Budi) triwulan 2")
                .contains("Masa jabatan Budi (Kab. Kotawaringin Timur) berakhir");
    }

    @Test
    void reminders_come_seven_and_one_day_before_and_weekly_when_overdue() {
        assertThat(scan.bucket(30)).isNull();
        assertThat(scan.bucket(8)).isNull();
        assertThat(scan.bucket(7)).isEqualTo("before-7");
        assertThat(scan.bucket(3)).isEqualTo("before-7");
        assertThat(scan.bucket(1)).isEqualTo("before-1");
        assertThat(scan.bucket(0)).isEqualTo("before-1");
        assertThat(scan.bucket(-1)).isEqualTo("overdue-0");
        assertThat(scan.bucket(-7)).isEqualTo("overdue-0");
        assertThat(scan.bucket(-8)).isEqualTo("overdue-1");
        assertThat(scan.scan()).isGreaterThanOrEqualTo(0);
    }

    static String plainText(MimeMessage message) {
        try {
            var multipart = (MimeMultipart) message.getContent();
            return find(multipart);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String find(MimeMultipart multipart) throws Exception {
        for (var i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                var text = find(nested);
                if (text != null) {
                    return text;
                }
            } else if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        return null;
    }
}
