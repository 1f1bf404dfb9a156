package id.go.kemendagri.siap.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.Users;

/**
 * The Desk Pilkada's monthly report as a month-by-month series (issue 19), on 21 October 2024: April to December,
 * each month due on the 10th of the next. Region 63.09 is this test's.
 */
@SpringBootTest
@Import(TestClock.class)
@RecordApplicationEvents
class DeskReportServiceTest {

    private static final String REGION = "63.09";

    @Autowired
    DeskReportService reports;
    @Autowired
    AuditService audit;
    @Autowired
    ApplicationEvents events;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onTheDemoCalendar() {
        clock.set(Instant.parse("2024-10-21T03:00:00Z"));
        jdbc.update("delete from desk_report where region_code = ?", REGION);
    }

    @AfterEach
    void signOut() {
        clock.set(MutableClock.START);
        Users.signOut();
    }

    private static DeskReportDraft report(String month, String sentOn, Long version) {
        return new DeskReportDraft(YearMonth.parse(month), LocalDate.parse(sentOn),
                "https://kesbangpol.example.go.id/desk/" + month + ".pdf", "", version);
    }

    private DeskReportMonth month(String month) {
        return reports.series(REGION).stream().filter(m -> m.month().equals(YearMonth.parse(month))).findFirst().orElseThrow();
    }

    @Test
    void the_monthly_desk_report_is_a_series_of_months_each_on_time_late_missing_under_way_or_not_begun() {
        Users.staff("63");

        reports.record(REGION, report("2024-08", "2024-09-20", null));
        reports.record(REGION, report("2024-09", "2024-10-05", null));

        var series = reports.series(REGION);
        assertThat(series).extracting(DeskReportMonth::month).first().isEqualTo(YearMonth.of(2024, 4));
        assertThat(series).extracting(DeskReportMonth::month).last().isEqualTo(YearMonth.of(2024, 12));
        assertThat(month("2024-07").status()).isEqualTo(DeskReportStatus.MISSING);
        assertThat(month("2024-08").status()).isEqualTo(DeskReportStatus.LATE);
        assertThat(month("2024-09").status()).isEqualTo(DeskReportStatus.ON_TIME);
        assertThat(month("2024-09").dueOn()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(month("2024-10").status()).isEqualTo(DeskReportStatus.UPCOMING);
        assertThat(month("2024-11").status()).as("a month not begun is not under way").isEqualTo(DeskReportStatus.NOT_STARTED);
        assertThat(reports.recordableMonths()).last().isEqualTo(YearMonth.of(2024, 10));
        assertThat(reports.lastDueMonth()).contains(YearMonth.of(2024, 9));
        assertThat(reports.countSent(YearMonth.of(2024, 9), "63")).isPositive();
        assertThat(audit.history(DeskReportService.AUDIT_ENTITY, REGION + ":2024-09", 10))
                .extracting(id.go.kemendagri.siap.audit.AuditEntry::field).contains("sentOn", "link");
        assertThat(events.stream(DeskReportChanged.class)).contains(new DeskReportChanged(REGION));
    }

    @Test
    void a_desk_report_needs_a_month_of_the_series_up_to_now_a_sent_date_in_that_span_and_a_web_link() {
        Users.staff("63");

        assertThatThrownBy(() -> reports.record(REGION, report("2024-11", "2024-10-20", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("month"));
        assertThatThrownBy(() -> reports.record(REGION, report("2024-03", "2024-04-05", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("month"));
        assertThatThrownBy(() -> reports.record(REGION, report("2024-08", "2024-07-31", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("sentOn"));
        assertThatThrownBy(() -> reports.record(REGION, report("2024-08", "2024-10-22", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("sentOn"));
        assertThatThrownBy(() -> reports.record(REGION, new DeskReportDraft(YearMonth.of(2024, 8), LocalDate.of(2024, 9, 1),
                "javascript:alert(1)", "", null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("link"));
        assertThat(reports.series(REGION)).noneMatch(DeskReportMonth::recorded);
    }

    @Test
    void staff_record_their_own_province_only_leadership_none_and_a_stale_save_is_refused() {
        Users.staff("62");
        assertThatThrownBy(() -> reports.record(REGION, report("2024-08", "2024-09-05", null)))
                .isInstanceOf(AccessDeniedException.class);
        Users.leadership();
        assertThatThrownBy(() -> reports.record(REGION, report("2024-08", "2024-09-05", null)))
                .isInstanceOf(AccessDeniedException.class);

        Users.evaluator();
        var first = reports.record(REGION, report("2024-08", "2024-09-05", null));
        reports.record(REGION, report("2024-08", "2024-09-06", first.version()));
        assertThatThrownBy(() -> reports.record(REGION, report("2024-08", "2024-09-07", first.version())))
                .isInstanceOfSatisfying(StaleDataException.class,
                        e -> assertThat(((DeskReportMonth) e.current()).sentOn()).isEqualTo(LocalDate.of(2024, 9, 6)));
    }
}
