package id.go.kemendagri.siap.dashboard.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.base.ui.InfoPanel.Row;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.checklist.ChecklistItemChanged;
import id.go.kemendagri.siap.checklist.ChecklistReports;
import id.go.kemendagri.siap.followup.FollowUpChanged;
import id.go.kemendagri.siap.followup.FollowUpFilter;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;
import id.go.kemendagri.siap.leadership.LeadershipChanged;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.SignedInUser;

/**
 * The start page's queues, what waits for the signed-in user: for evaluators and administrators the checklist
 * items waiting for verification, the Pj reports to evaluate and those overdue, and the overdue follow-ups; for
 * provincial staff their province's returned items, deadlines within {@link #DUE_DAYS} days or past, and overdue
 * follow-ups. Each queue is a count and one short page from the features' services, which scope them to the
 * user's role and province; each is redrawn when a change of its kind is committed (in the staff's province).
 */
final class StartQueues extends Div {

    /** The deadline window of the staff's queue, in days from today. */
    static final int DUE_DAYS = 7;

    /** The services the queues read; every one checks the user and scopes by province itself. */
    @Component
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Sources {
        final ChecklistReports checklists;
        final LeadershipBoardService heads;
        final FollowUpService followUps;
        final LiveUpdateHub hub;
        final Clock clock;
    }

    private static final FollowUpFilter OVERDUE = new FollowUpFilter(null, null, null, true, true);
    private static final String TASKS = "checklist/tugas";
    private static final String REGION = "home.column.region";
    private static final String ITEM = "home.column.item";
    private static final String PJ = "home.column.pj";
    private static final String PERIOD = "home.column.period";
    private static final String DEADLINE = "home.column.deadline";
    private static final String LATE = "home.column.late";

    private final transient Sources sources;
    QueuePanel verification;
    QueuePanel reportsToEvaluate;
    QueuePanel overdueReports;
    QueuePanel returned;
    QueuePanel deadlines;
    final QueuePanel followUps;

    StartQueues(Sources sources, SignedInUser user) {
        this.sources = sources;
        addClassName("home-queues");
        var province = user.role() == Role.PROVINCIAL_STAFF ? user.provinceCode() : null;
        Predicate<RegionChange> mine = province == null ? change -> true
                : change -> change.regionCode().equals(province) || change.regionCode().startsWith(province + ".");
        if (province == null) {
            verification = new QueuePanel("home-verification", getTranslation("home.queue.verification"))
                    .link("home.open.verification", "checklist/verifikasi")
                    .columns(REGION, ITEM, "home.column.submitted", "home.column.waiting");
            // Reports are evaluated on their region's page, which each row links to.
            reportsToEvaluate = new QueuePanel("home-reports-to-evaluate", getTranslation("home.queue.to-evaluate"))
                    .columns(REGION, PJ, PERIOD, "home.column.sent", "home.column.waiting");
            overdueReports = new QueuePanel("home-overdue-reports", getTranslation("home.queue.overdue-reports"))
                    .link("home.open.alerts", "kepala-daerah/peringatan")
                    .columns(REGION, PJ, PERIOD, "home.column.due", LATE);
            add(verification, reportsToEvaluate, overdueReports);
            showVerification();
            showReports();
            LiveUpdates.bind(this, sources.hub, ChecklistItemChanged.class, mine, changes -> showVerification());
            LiveUpdates.bind(this, sources.hub, LeadershipChanged.class, mine, changes -> showReports());
        } else {
            returned = new QueuePanel("home-returned", getTranslation("home.queue.returned"))
                    .link("home.open.tasks", TASKS).columns(REGION, ITEM, "home.column.reason", "home.column.returned");
            deadlines = new QueuePanel("home-deadlines", getTranslation("home.queue.deadlines", DUE_DAYS))
                    .link("home.open.tasks", TASKS).columns(REGION, ITEM, DEADLINE, "home.column.when");
            add(returned, deadlines);
            showChecklistTasks(province);
            LiveUpdates.bind(this, sources.hub, ChecklistItemChanged.class, mine,
                    changes -> showChecklistTasks(province));
        }
        followUps = new QueuePanel("home-followups", getTranslation("home.queue.followups"))
                .link("home.open.followups", "rapat")
                .columns(REGION, "home.column.followup", "home.column.meeting", DEADLINE, LATE);
        add(followUps);
        showFollowUps();
        LiveUpdates.bind(this, sources.hub, FollowUpChanged.class, mine, changes -> showFollowUps());
    }

    private LocalDate today() {
        return QueuePanel.day(sources.clock.instant());
    }

    /** Waiting items nationwide, the longest submitted first. */
    private void showVerification() {
        var p = verification;
        var today = today();
        var count = sources.checklists.countWaiting(null, null);
        var rows = count == 0 ? List.<Row>of() : sources.checklists.waiting(null, null, PageRequest.of(0, QueuePanel.ROWS)).stream()
                .map(row -> {
                    var submitted = row.item().submittedAt();
                    return new Row(Long.toString(row.item().id()), List.of(QueuePanel.region(row), p.item(row),
                            List.of(Piece.text(p.date(submitted))), submitted == null ? List.<Piece>of()
                                    : List.of(p.waited(ChronoUnit.DAYS.between(QueuePanel.day(submitted), today)))));
                }).toList();
        p.show(count, p.count("home.count.verification", count), "home.empty.verification", rows);
    }

    /** Reports sent and not evaluated, the longest waiting first; reports overdue, the oldest first. */
    private void showReports() {
        var p = reportsToEvaluate;
        var count = sources.heads.countReportsToEvaluate();
        var rows = count == 0 ? List.<Row>of() : sources.heads.reportsToEvaluate(QueuePanel.ROWS).stream()
                .map(r -> new Row(r.regionCode() + "/" + r.periodNumber(), List.of(
                        QueuePanel.region(r.regionCode(), r.regionName()), List.of(Piece.text(r.personName())),
                        List.of(Piece.text(Formats.number(r.periodNumber(), getLocale()))),
                        List.of(Piece.text(p.date(r.sentOn()))), List.of(p.waited(r.daysWaiting())))))
                .toList();
        p.show(count, p.count("home.count.to-evaluate", count), "home.empty.to-evaluate", rows);

        var o = overdueReports;
        var today = today();
        var overdue = sources.heads.countOverdueReports();
        var late = overdue == 0 ? List.<Row>of() : sources.heads.overdueReports(PageRequest.of(0, QueuePanel.ROWS)).stream()
                .map(r -> new Row(r.regionCode() + "/" + r.periodNumber(), List.of(
                        QueuePanel.region(r.regionCode(), r.regionName()), List.of(Piece.text(r.personName())),
                        List.of(Piece.text(Formats.number(r.periodNumber(), getLocale()))),
                        List.of(Piece.text(o.date(r.dueOn()))), List.of(o.days(r.dueOn(), today)))))
                .toList();
        o.show(overdue, o.count("home.count.overdue-reports", overdue), "home.empty.overdue-reports", late);
    }

    /** The province's returned items with the reason, and its items overdue or due within the window. */
    private void showChecklistTasks(String province) {
        var r = returned;
        var count = sources.checklists.countReturned(province);
        var rows = count == 0 ? List.<Row>of() : sources.checklists.returned(province, QueuePanel.ROWS).stream()
                .map(row -> new Row(Long.toString(row.item().id()), List.of(QueuePanel.region(row), r.item(row),
                        List.of(Piece.text(row.item().returnReason()).withClass("home-return-reason")),
                        List.of(Piece.text(r.date(row.item().verifiedAt()))))))
                .toList();
        r.show(count, r.count("home.count.returned", count), "home.empty.returned", rows);

        var d = deadlines;
        var today = today();
        var due = sources.checklists.countDueWithin(province, DUE_DAYS);
        var total = due.overdue() + due.upcoming();
        var dueRows = total == 0 ? List.<Row>of() : sources.checklists.dueWithin(province, DUE_DAYS, QueuePanel.ROWS)
                .stream().map(row -> new Row(Long.toString(row.item().id()), List.of(QueuePanel.region(row), d.item(row),
                        List.of(Piece.text(d.date(row.item().dueDate()))), List.of(d.days(row.item().dueDate(), today)))))
                .toList();
        // The count in two parts: past the deadline, and due within the window.
        d.show(total, d.count("home.count.deadlines", due.overdue(), Formats.number(due.upcoming(), getLocale()),
                DUE_DAYS), "home.empty.deadlines", dueRows);
    }

    /** Open follow-ups past their deadline, the oldest deadline first. */
    private void showFollowUps() {
        var f = followUps;
        var today = today();
        var count = sources.followUps.countOverdue();
        var rows = count == 0 ? List.<Row>of() : sources.followUps.page(OVERDUE, PageRequest.of(0, QueuePanel.ROWS)).stream()
                .map(row -> new Row(Long.toString(row.id()), List.of(
                        QueuePanel.region(row.regionCode(), row.regionName()), List.of(Piece.text(row.description())),
                        List.of(Piece.route(row.meetingTitle(), "rapat/" + row.meetingId())),
                        List.of(Piece.text(f.date(row.deadline()))), List.of(f.days(row.deadline(), today)))))
                .toList();
        f.show(count, f.count("home.count.followups", count), "home.empty.followups", rows);
    }
}
