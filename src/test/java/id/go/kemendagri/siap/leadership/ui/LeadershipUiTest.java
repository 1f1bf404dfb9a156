package id.go.kemendagri.siap.leadership.ui;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import id.go.kemendagri.siap.leadership.AppointmentDraft;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.LeadershipTestSupport;
import id.go.kemendagri.siap.leadership.MutableClock;
import id.go.kemendagri.siap.leadership.PjReportService;
import id.go.kemendagri.siap.leadership.TenureDetails;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The heads views on the movable clock (1 October 2024), starting from no heads at all. */
@Import(LeadershipTestSupport.class)
abstract class LeadershipUiTest extends UiTest {

    @Autowired
    HeadTenureService tenures;
    @Autowired
    PjReportService reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void noHeads() {
        LeadershipTestSupport.clean(jdbc, clock);
    }

    /** A Pj in Seruyan sworn in on 12 May 2024: report 1 (due 12 Aug 2024) is overdue. */
    TenureDetails pjInSeruyan() {
        Users.evaluator();
        var pj = tenures.appoint("62.07", LeadershipTestSupport.pjBupati("Pj Bupati Seruyan", LocalDate.of(2024, 5, 12)));
        Users.signOut();
        return pj;
    }

    AppointmentDraft pjBupati(String name, LocalDate swornIn) {
        return LeadershipTestSupport.pjBupati(name, swornIn);
    }

    /** A click on a heads heading button, as the browser reports it ({@code siap-action}). */
    static void press(HeadsSection section, String action) {
        LitElements.fire(section.getChildren().findFirst().orElseThrow(), "siap-action",
                Map.of("event.detail.action", action, "event.detail.key", ""));
    }

    /** A click on a report row's button ({@code record}, {@code evaluate}), as the browser reports it. */
    static void pressReport(HeadsSection section, int row, String action) {
        LitElements.fire(section.reports, "siap-action", Map.of("event.detail.action", action, "event.detail.key",
                Long.toString(section.reports.slots().get(row).id())));
    }
}
