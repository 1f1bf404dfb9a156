package id.go.kemendagri.siap.leadership;

import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.pjBupati;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Users;

@RecordApplicationEvents
class PjReportServiceTest extends LeadershipServiceTest {

    private static final String SERUYAN = "62.07";

    @Autowired
    PjReportService service;
    @Autowired
    AuditService audit;
    @Autowired
    PjReportFeed feed;
    @Autowired
    ApplicationEvents events;

    private TenureDetails pj;

    @BeforeEach
    void appointAPj() {
        // Sworn in 12 May 2024: reports due 12 Aug 2024, 12 Nov 2024, 12 Feb 2025, 12 May 2025.
        pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati Seruyan", LocalDate.of(2024, 5, 12)));
    }

    private ReportSlot slot(int period) {
        return service.schedule(pj.id()).get(period - 1);
    }

    /** Recording the draft on the slot is refused with this message on this field. */
    private void assertRefused(long slotId, ReportDraft draft, String field, String message) {
        assertThatThrownBy(() -> service.record(slotId, draft)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, message));
    }

    @Test
    void the_schedule_counts_three_months_from_the_swearing_in_date_not_calendar_quarters() {
        assertThat(service.schedule(pj.id())).extracting(ReportSlot::dueOn).containsExactly(LocalDate.of(2024, 8, 12),
                LocalDate.of(2024, 11, 12), LocalDate.of(2025, 2, 12), LocalDate.of(2025, 5, 12));
    }

    @Test
    void a_report_past_its_due_date_is_terlambat_and_the_next_ones_belum() {
        assertThat(service.schedule(pj.id())).extracting(ReportSlot::status).containsExactly(ReportStatus.TERLAMBAT,
                ReportStatus.BELUM, ReportStatus.BELUM, ReportStatus.BELUM);
    }

    @Test
    void moving_the_clock_past_a_due_date_makes_that_report_terlambat() {
        clock.setToday(LocalDate.of(2024, 11, 12));
        assertThat(slot(2).status()).isEqualTo(ReportStatus.BELUM);

        clock.setToday(LocalDate.of(2024, 11, 13));
        assertThat(slot(2).status()).isEqualTo(ReportStatus.TERLAMBAT);
    }

    @Test
    void a_recorded_report_is_terkirim_with_its_date_and_link_audited_and_announced() {
        var first = slot(1);
        var sent = service.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 20),
                "https://jdih.kalteng.go.id/laporan/pj-seruyan-tw1.pdf", null, first.version()));

        assertThat(sent.status()).isEqualTo(ReportStatus.TERKIRIM);
        assertThat(sent.sentLate()).isTrue();
        assertThat(slot(1).documentRef()).isEqualTo("https://jdih.kalteng.go.id/laporan/pj-seruyan-tw1.pdf");
        assertThat(audit.history(PjReportService.AUDIT_ENTITY, Long.toString(first.id()), 10))
                .extracting(e -> e.field()).contains("sentOn", "documentRef");
        assertThat(events.stream(PjReportRecorded.class)).extracting(PjReportRecorded::regionCode)
                .containsExactly(SERUYAN);
    }

    @Test
    void report_routing_carries_the_date_the_governor_forwarded_it() {
        var first = slot(1);
        var sentOn = LocalDate.of(2024, 8, 10);
        assertRefused(first.id(), new ReportDraft(sentOn, "100.3/245/Pem/VIII/2024", LocalDate.of(2024, 8, 9),
                first.version()), "forwardedOn", "leadership.error.forwarded.before-report");
        assertRefused(first.id(), new ReportDraft(sentOn, "100.3/245/Pem/VIII/2024",
                LeadershipTestSupport.TODAY.plusDays(1), first.version()),
                "forwardedOn", "leadership.error.forwarded.future");
        assertThat(slot(1).sentOn()).as("nothing stored").isNull();

        var sent = service.record(first.id(), new ReportDraft(sentOn, "100.3/245/Pem/VIII/2024",
                LocalDate.of(2024, 8, 14), first.version()));

        assertThat(sent.forwardedOn()).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(slot(1).forwardedOn()).isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(feed.page(new PjReportRecord.Filter(null, SERUYAN, pj.id(), null, null), null, null, 10))
                .as("the read API's record").first().extracting(PjReportRecord::forwardedOn)
                .isEqualTo(LocalDate.of(2024, 8, 14));
        assertThat(audit.history(PjReportService.AUDIT_ENTITY, Long.toString(first.id()), 10))
                .extracting(e -> e.field()).contains("forwardedOn");
        // the same day as the report is allowed; an empty date too (not forwarded yet)
        assertThat(service.record(first.id(), new ReportDraft(sentOn, "100.3/245/Pem/VIII/2024", sentOn,
                sent.version())).forwardedOn()).isEqualTo(sentOn);
    }

    @Test
    void a_pj_gubernur_report_has_no_governor_forwarding_date() {
        var gubernur = tenures.appoint("62", LeadershipTestSupport.pjGubernur("Pj Gubernur", LocalDate.of(2024, 5, 12)));
        var first = service.schedule(gubernur.id()).getFirst();

        assertRefused(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "X.1/2024", LocalDate.of(2024, 8, 14),
                first.version()), "forwardedOn", "leadership.error.forwarded.province");
        assertThat(service.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "X.1/2024", null,
                first.version())).forwardedOn()).isNull();
    }

    @Test
    void a_document_number_is_a_valid_reference() {
        var first = slot(1);

        assertThat(service.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "100.3/245/Pem/VIII/2024", null,
                first.version())).sentLate()).isFalse();
    }

    @Test
    void a_report_dated_in_the_future_is_refused_and_nothing_is_stored() {
        var first = slot(1);

        assertRefused(first.id(), new ReportDraft(LocalDate.of(2024, 10, 2), "100/1/Pem", null, first.version()),
                "sentOn", "leadership.error.sent-on");
        assertThat(slot(1).status()).isEqualTo(ReportStatus.TERLAMBAT);
    }

    @Test
    void a_report_dated_before_its_period_began_is_refused() {
        var second = slot(2);

        assertRefused(second.id(), new ReportDraft(LocalDate.of(2024, 8, 1), "100/1/Pem", null, second.version()),
                "sentOn", "leadership.error.sent-before-period");
    }

    @Test
    void a_broken_link_or_an_empty_reference_is_refused() {
        var first = slot(1);

        for (var ref : new String[] { "", "ab", "ftp://files/x.pdf", "https://" }) {
            assertThatThrownBy(() -> service.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), ref, null,
                    first.version()))).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("documentRef"));
        }
    }

    @Test
    void a_report_recorded_on_a_stale_version_is_refused() {
        var first = slot(1);
        service.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "100/1/Pem", null, first.version()));

        assertThatThrownBy(() -> service.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 11), "100/2/Pem", null,
                first.version()))).isInstanceOf(StaleDataException.class);
        assertThat(slot(1).documentRef()).isEqualTo("100/1/Pem");
    }

    @Test
    void provincial_staff_record_their_own_provinces_reports() {
        Users.staff("62");
        var first = slot(1);

        assertThat(service.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "100/1/Pem", null, first.version()))
                .status()).isEqualTo(ReportStatus.TERKIRIM);
    }

    @Test
    void provincial_staff_of_another_province_may_neither_record_nor_read() {
        var first = slot(1);
        Users.staff("64");

        assertThatThrownBy(() -> service.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "100/1/Pem", null,
                first.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.schedule(pj.id())).isInstanceOf(AccessDeniedException.class);
        Users.evaluator();
        assertThat(slot(1).sentOn()).isNull();
    }

    @Test
    void leadership_reads_the_schedule_but_may_not_record() {
        Users.leadership();
        var first = slot(1);

        assertThatThrownBy(() -> service.record(first.id(), new ReportDraft(LocalDate.of(2024, 8, 10), "100/1/Pem", null,
                first.version()))).isInstanceOf(AccessDeniedException.class);
    }
}
