package id.go.kemendagri.siap.notification;

import java.time.Clock;
import java.util.Collections;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.budget.BudgetOverview;
import id.go.kemendagri.siap.followup.FollowUpFilter;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;
import id.go.kemendagri.siap.security.UserDirectory;

/**
 * Reminders of deadlines, to the staff of the province concerned: Pj reports due, tranches overdue, follow-ups due,
 * terms ending. Before a deadline the reminder comes {@code reminder-days} before (7 and 1 by default; a scan that
 * missed the day sends the nearest one late rather than never); after it once a week ({@code overdue-every-days}).
 * Each reminder has its own event key, so running the scan again (or on two nodes) never repeats one.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeadlineScan {

    private static final int LIMIT = 100_000;

    private final NotificationService notifications;
    private final UserDirectory directory;
    private final LeadershipBoardService heads;
    private final BudgetOverview budget;
    private final FollowUpService followUps;
    private final NotificationProperties properties;
    private final Clock clock;

    /** Runs the scan for today (the app's clock, WIB); returns how many notifications were created. */
    public int scan() {
        return UserDirectory.asSystem(this::run);
    }

    private int run() {
        var today = Formats.today(clock);
        var horizon = today.plusDays(Collections.max(properties.reminderDays()));
        var created = 0;
        for (var term : heads.termsEndingBy(null, horizon, LIMIT)) {
            created += remind(NotificationKind.TERM_ENDING, "term:" + term.regionCode() + ":" + term.termEndsOn(),
                    term.regionCode(), "wilayah/" + term.regionCode(), term.daysLeft(),
                    List.of(term.regionName(), term.personName(), term.termEndsOn().toString()));
        }
        var reports = new java.util.ArrayList<>(heads.reportsDueBy(null, horizon, LIMIT));
        reports.addAll(heads.overdueReports(null, LIMIT));
        for (var report : reports) {
            created += remind(NotificationKind.REPORT_DUE, "report:" + report.regionCode() + ":" + report.periodNumber()
                    + ":" + report.dueOn(), report.regionCode(), "wilayah/" + report.regionCode(), -report.daysOverdue(),
                    List.of(report.regionName(), report.personName(), String.valueOf(report.periodNumber()),
                            report.dueOn().toString()));
        }
        for (var tranche : budget.tranchesDueBy(null, today.minusDays(1))) {
            var days = java.time.temporal.ChronoUnit.DAYS.between(today, tranche.dueOn());
            created += remind(NotificationKind.TRANCHE_OVERDUE, "tranche:" + tranche.regionCode() + ":"
                    + tranche.recipient() + ":" + tranche.tranche() + ":" + tranche.dueOn(), tranche.regionCode(),
                    "wilayah/" + tranche.regionCode(), days, List.of(tranche.regionName(), String.valueOf(tranche.recipient()),
                            String.valueOf(tranche.tranche()), tranche.dueOn().toString()));
        }
        var open = new FollowUpFilter(null, null, null, true, false);
        for (var row : followUps.page(open, PageRequest.of(0, LIMIT))) {
            if (row.deadline() == null) {
                continue;
            }
            var days = java.time.temporal.ChronoUnit.DAYS.between(today, row.deadline());
            created += remind(NotificationKind.FOLLOW_UP_DUE, "followup:" + row.id() + ":" + row.deadline(),
                    row.regionCode(), "rapat/" + row.meetingId(), days,
                    List.of(row.regionName(), row.description(), row.deadline().toString()));
        }
        return created;
    }

    private int remind(NotificationKind kind, String key, String regionCode, String link, long daysLeft, List<String> args) {
        var bucket = bucket(daysLeft);
        if (bucket == null) {
            return 0;
        }
        var created = 0;
        for (var person : directory.staffOf(regionCode.substring(0, 2))) {
            if (notifications.notify(person.username(), kind, key + ":" + bucket, regionCode, link, args)) {
                created++;
            }
        }
        return created;
    }

    /**
     * Which reminder a deadline {@code daysLeft} away is due for: {@code before-7}, {@code before-1} (the smallest
     * offset not below the days left), {@code overdue-0}, {@code overdue-1}... (one per week late), or null.
     */
    String bucket(long daysLeft) {
        if (daysLeft >= 0) {
            return properties.reminderDays().stream().filter(o -> o >= daysLeft).min(Integer::compare)
                    .map(o -> "before-" + o).orElse(null);
        }
        return "overdue-" + ((-daysLeft - 1) / Math.max(1, properties.overdueEveryDays()));
    }
}
