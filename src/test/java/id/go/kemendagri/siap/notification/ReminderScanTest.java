package id.go.kemendagri.siap.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.followup.FollowUpDraft;
import id.go.kemendagri.siap.followup.FollowUpFilter;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.followup.MeetingDraft;
import id.go.kemendagri.siap.followup.MeetingService;
import id.go.kemendagri.siap.followup.MeetingType;
import id.go.kemendagri.siap.followup.ResponsibleUnit;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserDraft;
import id.go.kemendagri.siap.security.UserService;
import id.go.kemendagri.siap.support.MovableClockTest;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.Users;

/**
 * Deadline reminders on the right days with an injected clock: a follow-up assigned to Kabupaten Seruyan with a
 * deadline a week ahead tells the province's staff at once (assigned), 7 days and 1 day before, on the first day
 * late and a week after that; scanning again on the same day adds nothing; staff of another province get nothing.
 */
class ReminderScanTest extends MovableClockTest {

    @Autowired
    UserService users;
    @Autowired
    MeetingService meetings;
    @Autowired
    FollowUpService followUps;
    @Autowired
    DeadlineScan scan;
    @Autowired
    MailDelivery delivery;

    @Test
    void a_follow_up_is_reminded_seven_and_one_day_before_and_weekly_when_late() {
        clock.set(MutableClock.START);
        var staff = "tl." + UUID.randomUUID().toString().substring(0, 8);
        var other = "tl64." + UUID.randomUUID().toString().substring(0, 8);
        Users.admin();
        users.create(new UserDraft(staff, "Staf " + staff, Role.PROVINCIAL_STAFF, "62", true, "Rahasia-123456", "id-ID", null));
        users.create(new UserDraft(other, "Staf " + other, Role.PROVINCIAL_STAFF, "64", true, "Rahasia-123456", "id-ID", null));
        var today = LocalDate.now(clock.withZone(Formats.WIB));
        Users.evaluator();
        var meeting = meetings.save(null, new MeetingDraft(MeetingType.RAKOR_KESIAPAN_PILKADA, "Rakor " + UUID.randomUUID(),
                today.minusDays(1), "Ditjen Polpum", "Jakarta", false, "Kesiapan Pilkada.", Set.of("62.07"), null));
        followUps.assign(meeting.id(), new FollowUpDraft("Menyampaikan laporan Desk Pilkada", ResponsibleUnit.KESBANGPOL,
                null, today.plusDays(7), Set.of("62.07")));
        var item = followUps.page(FollowUpFilter.ofMeeting(meeting.id()), PageRequest.of(0, 10)).get(0);
        var prefix = "followup:" + item.id() + ":";
        Users.signOut();

        assertThat(keys(staff)).containsExactly("followup:assigned:" + item.id());
        scan.scan();
        scan.scan();
        assertThat(reminders(staff, prefix)).containsExactly(prefix + item.deadline() + ":before-7");
        assertThat(scanAfter(3, staff, prefix)).hasSize(1);
        assertThat(scanAfter(3, staff, prefix)).contains(prefix + item.deadline() + ":before-1").hasSize(2);
        assertThat(scanAfter(2, staff, prefix)).contains(prefix + item.deadline() + ":overdue-0").hasSize(3);
        assertThat(scanAfter(6, staff, prefix)).hasSize(3);
        assertThat(scanAfter(1, staff, prefix)).contains(prefix + item.deadline() + ":overdue-1").hasSize(4);
        assertThat(keys(other)).isEmpty();
    }

    private List<String> keys(String recipient) {
        Users.admin();
        try {
            return delivery.log("INBOX", recipient, null, 500).stream().map(DeliveryEntry::subject).toList();
        } finally {
            Users.signOut();
        }
    }

    /** Moves the clock on by that many days and scans: the recipient's reminders with that prefix afterwards. */
    private List<String> scanAfter(int days, String recipient, String prefix) {
        clock.advance(Duration.ofDays(days));
        scan.scan();
        return reminders(recipient, prefix);
    }

    private List<String> reminders(String recipient, String prefix) {
        return keys(recipient).stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }
}
