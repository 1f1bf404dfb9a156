package id.go.kemendagri.siap.leadership;

import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.pjBupati;
import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.pjGubernur;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.leadership.LeadershipBoardService.SortBy;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

class LeadershipBoardServiceTest extends LeadershipServiceTest {

    @Autowired
    PjReportService reports;
    @Autowired
    LeadershipBoardService board;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private TenureDetails seruyan;

    @BeforeEach
    void someHeads() {
        // Today is 1 Oct 2024. Seruyan: term ends 12 May 2025, report 1 (due 12 Aug 2024) overdue.
        seruyan = tenures.appoint("62.07", pjBupati("Pj Bupati Seruyan", LocalDate.of(2024, 5, 12)));
        // Kalteng: term ends 20 Oct 2024 (19 days); reports due 20 Jan, 20 Apr and 20 Jul 2024 overdue.
        tenures.appoint("62", pjGubernur("Pj Gubernur Kalteng", LocalDate.of(2023, 10, 20)));
        // Balikpapan (64.71): elected head, no reports.
        tenures.appoint("64.71", new AppointmentDraft(HeadStatus.DEFINITIF, "Wali Kota Terpilih", null, null, null,
                null, LegalBasis.KEPMENDAGRI, "131.64-123 Tahun 2021", LocalDate.of(2021, 2, 26), null, null, null));
    }

    private HeadRow row(String code) {
        return board.page(new HeadFilter(null, null, null, false, null, null, code), PageRequest.of(0, 50, Sort.by(SortBy.CODE.property()))).stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_grid_lists_every_region_with_its_active_head() {
        assertThat(board.count(HeadFilter.ALL)).isEqualTo(552);
        var row = row("62.07");
        assertThat(row.status()).isEqualTo(HeadStatus.PJ);
        assertThat(row.personName()).isEqualTo("Pj Bupati Seruyan");
        assertThat(row.termEndsOn()).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(row.daysLeft()).isEqualTo(223);
        assertThat(row.nextReportDue()).isEqualTo(LocalDate.of(2024, 11, 12));
        assertThat(row.overdueReports()).isEqualTo(1);
        assertThat(row("62.01").status()).isNull();
    }

    @Test
    void a_page_is_one_statement_whatever_its_size() {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        board.page(HeadFilter.ALL, PageRequest.of(0, 100, Sort.by(SortBy.NAME.property())));

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
    }

    @Test
    void filters_by_status_term_end_and_overdue_reports() {
        assertThat(board.count(new HeadFilter(null, HeadStatus.PJ, null, false, null, null, null))).isEqualTo(2);
        assertThat(board.page(new HeadFilter(null, null, 30, false, null, null, null), PageRequest.of(0, 50, Sort.by(SortBy.TERM_END.property()))))
                .extracting(HeadRow::code).containsExactly("62");
        assertThat(board.count(new HeadFilter(null, null, null, true, null, null, null))).isEqualTo(2);
        assertThat(board.count(new HeadFilter("64", null, null, true, null, null, null))).isZero();
    }

    @Test
    void recording_the_overdue_report_clears_the_overdue_filter() {
        var first = reports.schedule(seruyan.id()).getFirst();
        reports.record(first.id(), new ReportDraft(LocalDate.of(2024, 9, 1), "100/1/Pem", null, first.version()));

        assertThat(board.page(new HeadFilter(null, null, null, true, null, null, null), PageRequest.of(0, 50, Sort.by(SortBy.CODE.property()))))
                .extracting(HeadRow::code).containsExactly("62");
    }

    @Test
    void provincial_staff_see_only_their_province_whatever_the_filter_asks() {
        Users.staff("62");

        assertThat(board.count(HeadFilter.ALL)).isEqualTo(15);
        assertThat(board.count(new HeadFilter("64", null, null, false, null, null, null))).isZero();
        assertThat(board.countTermsEnding()).isEqualTo(1);
    }

    @Test
    void alerts_are_terms_ending_within_ninety_days_and_overdue_reports_of_active_pj() {
        assertThat(board.termsEnding(PageRequest.of(0, 50))).singleElement().satisfies(a -> {
            assertThat(a.regionCode()).isEqualTo("62");
            assertThat(a.daysLeft()).isEqualTo(19);
        });
        assertThat(board.overdueReports(PageRequest.of(0, 50))).extracting(OverdueReport::regionCode)
                .containsExactly("62", "62", "62", "62.07");
        assertThat(board.alertCount()).isEqualTo(1 + 4);
    }

    @Test
    void the_alert_count_follows_the_clock() {
        clock.setToday(LocalDate.of(2025, 3, 1));

        // Seruyan's term ends within 90 days now; Kalteng owes all four reports, Seruyan three.
        assertThat(board.countTermsEnding()).isEqualTo(2);
        assertThat(board.countOverdueReports()).isEqualTo(4 + 3);
    }

    @Test
    void the_summary_counts_active_heads_by_status_and_the_alerts() {
        var summary = board.summary();

        assertThat(summary.count(HeadStatus.PJ)).isEqualTo(2);
        assertThat(summary.count(HeadStatus.DEFINITIF)).isEqualTo(1);
        assertThat(summary.termsEnding()).isEqualTo(1);
        assertThat(summary.overdueReports()).isEqualTo(4);
        Users.staff("64");
        assertThat(board.summary().count(HeadStatus.PJ)).isZero();
    }

    @Test
    void reports_of_an_earlier_term_since_extended_are_no_longer_chased_but_stay_in_the_schedule() {
        // Kalteng's Pj owes the reports due 20 Jan, 20 Apr and 20 Jul 2024; the term (ending 20 Oct 2024) is extended.
        var kalteng = tenures.history("62").stream().filter(TenureDetails::active).findFirst().orElseThrow();
        var extended = tenures.extend(kalteng.id(), new ExtensionDraft("100.2.1.3-999 Tahun 2024", null,
                kalteng.version()));
        assertThat(extended.termStartedOn()).isEqualTo(LocalDate.of(2024, 10, 20));
        clock.setToday(LocalDate.of(2025, 3, 1));

        // Chased: the report due the day the new term began (20 Oct 2024) and the new term's first (20 Jan 2025).
        assertThat(board.overdueReports(PageRequest.of(0, 50))).filteredOn(r -> r.regionCode().equals("62"))
                .extracting(OverdueReport::dueOn).containsExactly(LocalDate.of(2024, 10, 20), LocalDate.of(2025, 1, 20));
        assertThat(board.countOverdueReports()).isEqualTo(2 + 3);
        assertThat(board.summary("62").overdueReports()).isEqualTo(2 + 3);
        assertThat(row("62").overdueReports()).isEqualTo(2);
        assertThat(board.reportsDueBetween(null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 7, 31), 50))
                .noneMatch(r -> r.regionCode().equals("62"));
        // The schedule keeps every report of the tenure, the old term's among them, as not sent.
        assertThat(reports.schedule(kalteng.id())).filteredOn(r -> r.dueOn().isBefore(LocalDate.of(2024, 10, 20)))
                .hasSize(3).allMatch(r -> r.sentOn() == null && r.status() == ReportStatus.TERLAMBAT);
    }
}
