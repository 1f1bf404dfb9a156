package id.go.kemendagri.siap.leadership;

import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.TODAY;
import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.pjBupati;
import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.pjGubernur;
import static id.go.kemendagri.siap.leadership.LeadershipTestSupport.replacing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Users;

@RecordApplicationEvents
class HeadTenureServiceTest extends LeadershipServiceTest {

    private static final String SERUYAN = "62.07";
    private static final String KALTENG = "62";

    @Autowired
    PjReportService reports;
    @Autowired
    AuditService audit;
    @Autowired
    ApplicationEvents events;

    private int tenureRows() {
        return jdbc.queryForObject("select count(*) from head_tenure", Integer.class);
    }

    /** The draft with another NIP, legal basis and end of term: what the refused appointments below change. */
    private static AppointmentDraft with(AppointmentDraft draft, String nip, LegalBasis legalBasis,
            LocalDate termEndsOn) {
        return new AppointmentDraft(draft.status(), draft.personName(), nip, draft.originPosition(),
                draft.originInstitution(), draft.echelon(), legalBasis, draft.decreeNumber(), draft.swornInOn(),
                termEndsOn, null, null);
    }

    /** The service refuses the appointment with this message on this field. */
    private void assertRefused(String region, AppointmentDraft draft, String field, String message) {
        assertThatThrownBy(() -> tenures.appoint(region, draft)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, message));
    }

    @Test
    void an_appointed_pj_serves_one_year_and_is_the_regions_current_head() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Djainuddin Noor", LocalDate.of(2024, 5, 12)));

        assertThat(pj.termEndsOn()).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(pj.extensionCount()).isZero();
        assertThat(pj.daysLeft()).isEqualTo(223);
        assertThat(tenures.current(SERUYAN)).get().extracting(TenureDetails::personName).isEqualTo("Djainuddin Noor");
    }

    @Test
    void an_appointment_is_audited_and_announced() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Djainuddin Noor", LocalDate.of(2024, 5, 12)));

        assertThat(audit.history(HeadTenureService.AUDIT_ENTITY, Long.toString(pj.id()), 20))
                .extracting(e -> e.field()).contains("personName", "nip", "legalBasis", "termEndsOn");
        assertThat(events.stream(HeadTenureChanged.class))
                .containsExactly(new HeadTenureChanged(SERUYAN, pj.id(), pj.version()));
        assertThat(events.stream(HeadTenureChanged.class).findFirst().orElseThrow()).isInstanceOf(LeadershipChanged.class);
    }

    @Test
    void appointing_a_new_head_closes_the_previous_tenure_with_the_reason_given() {
        var first = tenures.appoint(SERUYAN, pjBupati("Pj Pertama", LocalDate.of(2023, 5, 12)));
        var second = tenures.appoint(SERUYAN, replacing(pjBupati("Pj Kedua", LocalDate.of(2024, 5, 12)),
                EndReason.TERM_OVER, first.version()));

        var history = tenures.history(SERUYAN);
        assertThat(history).extracting(TenureDetails::personName).containsExactly("Pj Kedua", "Pj Pertama");
        var closed = history.get(1);
        assertThat(closed.active()).isFalse();
        assertThat(closed.endedOn()).isEqualTo(LocalDate.of(2024, 5, 12));
        assertThat(closed.endReason()).isEqualTo(EndReason.TERM_OVER);
        assertThat(tenures.current(SERUYAN)).get().extracting(TenureDetails::id).isEqualTo(second.id());
    }

    @Test
    void appointing_over_an_active_head_without_a_reason_is_refused_and_stores_nothing() {
        var first = tenures.appoint(SERUYAN, pjBupati("Pj Pertama", LocalDate.of(2023, 5, 12)));

        assertRefused(SERUYAN, replacing(pjBupati("Pj Kedua", LocalDate.of(2024, 5, 12)), null, first.version()),
                "previousEndReason", "leadership.error.previous-reason");
        assertThat(tenureRows()).isEqualTo(1);
        assertThat(tenures.current(SERUYAN)).get().extracting(TenureDetails::personName).isEqualTo("Pj Pertama");
    }

    @Test
    void an_appointment_based_on_an_outdated_view_of_the_region_is_refused_as_stale() {
        tenures.appoint(SERUYAN, pjBupati("Pj Pertama", LocalDate.of(2023, 5, 12)));

        // The form was opened when the region had no head: it did not see Pj Pertama.
        assertThatThrownBy(() -> tenures.appoint(SERUYAN, replacing(pjBupati("Pj Kedua", LocalDate.of(2024, 5, 12)),
                EndReason.TERM_OVER, null))).isInstanceOfSatisfying(StaleDataException.class,
                        e -> assertThat(((TenureDetails) e.current()).personName()).isEqualTo("Pj Pertama"));
        assertThat(tenureRows()).isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_second_active_tenure_in_a_region() {
        tenures.appoint(SERUYAN, pjBupati("Pj Pertama", LocalDate.of(2023, 5, 12)));

        assertThatThrownBy(() -> jdbc.update("""
                insert into head_tenure (region_code, active_region_code, status, person_name, sworn_in_on,
                  term_started_on, extension_count, demo, updated_at, updated_by, version)
                values ('62.07', '62.07', 'PLH', 'Sekda', '2024-06-01', '2024-06-01', 0, false, '2024-06-01 00:00:00', 'x', 0)
                """)).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_nip_that_is_not_18_digits_is_refused_and_nothing_is_stored() {
        var draft = pjBupati("Djainuddin Noor", LocalDate.of(2024, 5, 12));
        var bad = with(draft, "19700315200003100", draft.legalBasis(), null);

        assertRefused(SERUYAN, bad, "nip", "leadership.error.nip");
        assertThat(tenureRows()).isZero();
    }

    @Test
    void a_pj_without_a_nip_is_refused() {
        var draft = pjBupati("Djainuddin Noor", LocalDate.of(2024, 5, 12));
        var bad = with(draft, " ", draft.legalBasis(), null);

        assertThatThrownBy(() -> tenures.appoint(SERUYAN, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey("nip"));
    }

    @Test
    void a_term_end_before_the_swearing_in_is_refused() {
        var draft = pjBupati("Djainuddin Noor", LocalDate.of(2024, 5, 12));
        var bad = with(draft, draft.nip(), draft.legalBasis(), LocalDate.of(2024, 5, 1));

        assertRefused(SERUYAN, bad, "termEndsOn", "leadership.error.term-end");
        assertThat(tenureRows()).isZero();
    }

    @Test
    void a_swearing_in_in_the_future_is_refused() {
        assertRefused(SERUYAN, pjBupati("Pj Bupati", TODAY.plusDays(1)), "swornInOn", "leadership.error.sworn-in");
    }

    @Test
    void a_keppres_for_a_pj_bupati_is_refused() {
        var draft = pjBupati("Djainuddin Noor", LocalDate.of(2024, 5, 12));
        var bad = with(draft, draft.nip(), LegalBasis.KEPPRES, null);

        assertRefused(SERUYAN, bad, "legalBasis", "leadership.error.legal-basis.regency");
        assertThat(tenureRows()).isZero();
    }

    @Test
    void pjs_needs_no_keppres() {
        var pjs = new AppointmentDraft(HeadStatus.PJS, "Pjs Gubernur", "196805121990031001", null, null, null,
                LegalBasis.KEPPRES, "Keppres 1/P Tahun 2024", LocalDate.of(2024, 9, 25), null, null, null);

        assertRefused(KALTENG, pjs, "legalBasis", "leadership.error.legal-basis.pjs");
        assertThat(tenureRows()).isZero();

        var byMinister = new AppointmentDraft(HeadStatus.PJS, "Pjs Gubernur", "196805121990031001", null, null, null,
                LegalBasis.KEPMENDAGRI, "100.2.1.3-4000 Tahun 2024", LocalDate.of(2024, 9, 25), null, null, null);
        assertThat(tenures.appoint(KALTENG, byMinister).legalBasis()).isEqualTo(LegalBasis.KEPMENDAGRI);
        assertThat(HeadStatus.PJS.requiresPairedDecree()).isFalse();
        assertThat(HeadStatus.PJS.decreeFor(true)).isEqualTo(LegalBasis.KEPMENDAGRI);
        assertThat(HeadStatus.PJ.decreeFor(true)).isEqualTo(LegalBasis.KEPPRES);
    }

    @Test
    void echelon_checked_on_the_server() {
        var gubernur = pjGubernur("Pj Gubernur", LocalDate.of(2023, 10, 1));
        var pratamaGubernur = new AppointmentDraft(gubernur.status(), gubernur.personName(), gubernur.nip(),
                gubernur.originPosition(), gubernur.originInstitution(), Echelon.JPT_PRATAMA, gubernur.legalBasis(),
                gubernur.decreeNumber(), gubernur.swornInOn(), null, null, null);
        assertRefused(KALTENG, pratamaGubernur, "echelon", "leadership.error.echelon.province");

        var bupati = pjBupati("Pj Bupati", LocalDate.of(2024, 5, 12));
        var madyaBupati = new AppointmentDraft(bupati.status(), bupati.personName(), bupati.nip(),
                bupati.originPosition(), bupati.originInstitution(), Echelon.JPT_MADYA, bupati.legalBasis(),
                bupati.decreeNumber(), bupati.swornInOn(), null, null, null);
        assertRefused(SERUYAN, madyaBupati, "echelon", "leadership.error.echelon.regency");
        assertThat(tenureRows()).isZero();

        var pj = tenures.appoint(SERUYAN, bupati);
        assertThatThrownBy(() -> tenures.correct(pj.id(), new CorrectionDraft(pj.personName(), pj.nip(),
                pj.originPosition(), pj.originInstitution(), Echelon.JPT_MADYA, pj.legalBasis(), pj.decreeNumber(),
                pj.version()))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("echelon", "leadership.error.echelon.regency"));
        assertThat(tenures.appoint(KALTENG, gubernur).echelon()).isEqualTo(Echelon.JPT_MADYA);
    }

    @Test
    void a_kepmendagri_for_a_pj_gubernur_is_refused_and_a_keppres_accepted() {
        var draft = pjGubernur("Pj Gubernur", LocalDate.of(2023, 10, 1));
        var bad = with(draft, draft.nip(), LegalBasis.KEPMENDAGRI, null);

        assertRefused(KALTENG, bad, "legalBasis", "leadership.error.legal-basis.province");
        assertThat(tenures.appoint(KALTENG, draft).legalBasis()).isEqualTo(LegalBasis.KEPPRES);
    }

    @Test
    void extending_a_pj_starts_a_new_one_year_term_from_the_old_end_and_counts_the_extension() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2023, 12, 1)));

        var once = tenures.extend(pj.id(), new ExtensionDraft("100.2.1.3-999 Tahun 2024", null, pj.version()));
        var twice = tenures.extend(pj.id(), new ExtensionDraft("100.2.1.3-1500 Tahun 2025", null, once.version()));

        assertThat(once.termStartedOn()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(once.termEndsOn()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(once.extensionCount()).isEqualTo(1);
        assertThat(twice.termEndsOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(twice.extensionCount()).isEqualTo(2);
        assertThat(twice.decreeNumber()).isEqualTo("100.2.1.3-1500 Tahun 2025");
    }

    @Test
    void an_extension_lays_out_the_reports_of_the_new_term() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2023, 12, 1)));
        assertThat(reports.schedule(pj.id())).hasSize(4);

        tenures.extend(pj.id(), new ExtensionDraft("100.2.1.3-999 Tahun 2024", null, pj.version()));

        assertThat(reports.schedule(pj.id())).extracting(ReportSlot::dueOn).hasSize(8)
                .endsWith(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 1));
    }

    @Test
    void only_an_active_pj_is_extended() {
        var plh = tenures.appoint(SERUYAN, new AppointmentDraft(HeadStatus.PLH, "Sekda Seruyan", "197003152000031002",
                null, null, null, LegalBasis.LAINNYA, null, LocalDate.of(2024, 9, 1), null, null, null));

        assertThatThrownBy(() -> tenures.extend(plh.id(), new ExtensionDraft("X-123", null, plh.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("status"));
    }

    @Test
    void an_extension_on_a_stale_version_is_refused() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2023, 12, 1)));
        tenures.extend(pj.id(), new ExtensionDraft("100.2.1.3-999 Tahun 2024", null, pj.version()));

        assertThatThrownBy(() -> tenures.extend(pj.id(), new ExtensionDraft("100.2.1.3-1000 Tahun 2024", null,
                pj.version()))).isInstanceOf(StaleDataException.class);
        assertThat(tenures.current(SERUYAN)).get().extracting(TenureDetails::extensionCount).isEqualTo(1);
    }

    @Test
    void ending_a_tenure_leaves_the_region_without_a_head_and_drops_the_reports_not_yet_owed() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10)));

        var ended = tenures.end(pj.id(), new EndDraft(LocalDate.of(2024, 7, 17), EndReason.RUNNING_IN_PILKADA,
                pj.version()));

        assertThat(ended.endReason()).isEqualTo(EndReason.RUNNING_IN_PILKADA);
        assertThat(tenures.current(SERUYAN)).isEmpty();
        assertThat(reports.schedule(pj.id())).extracting(ReportSlot::dueOn)
                .containsExactly(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 7, 10));
    }

    @Test
    void an_end_without_reason_or_before_the_swearing_in_is_refused() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10)));

        assertThatThrownBy(() -> tenures.end(pj.id(), new EndDraft(LocalDate.of(2023, 12, 1), null, pj.version())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("endedOn", "reason"));
        assertThat(tenures.current(SERUYAN)).isPresent();
    }

    @Test
    void provincial_staff_may_not_appoint_even_in_their_own_province() {
        Users.staff("62");

        assertThatThrownBy(() -> tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tenureRows()).isZero();
    }

    @Test
    void leadership_may_not_extend_or_end() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10)));
        Users.leadership();

        assertThatThrownBy(() -> tenures.extend(pj.id(), new ExtensionDraft("X-123", null, pj.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenures.end(pj.id(), new EndDraft(TODAY, EndReason.RESIGNED, pj.version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tenures.current(SERUYAN)).get().extracting(TenureDetails::extensionCount).isEqualTo(0);
    }

    @Test
    void an_administrator_may_appoint() {
        Users.admin();

        assertThat(tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10))).active()).isTrue();
    }

    @Test
    void provincial_staff_read_their_province_and_nothing_else() {
        tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10)));
        Users.staff("62");
        assertThat(tenures.current(SERUYAN)).isPresent();

        Users.staff("64");
        assertThatThrownBy(() -> tenures.current(SERUYAN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tenures.history(SERUYAN)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void days_left_follow_the_clock() {
        tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10)));
        clock.setToday(LocalDate.of(2025, 1, 20));

        assertThat(tenures.current(SERUYAN)).get().extracting(TenureDetails::daysLeft).isEqualTo(-10L);
    }

    @Test
    void the_regions_change_history_covers_heads_and_reports_and_is_read_within_scope() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10)));
        var first = reports.schedule(pj.id()).getFirst();
        reports.record(first.id(), new ReportDraft(LocalDate.of(2024, 4, 12), "100/1/Pem", null, first.version()));

        assertThat(tenures.changes(SERUYAN, 100)).extracting(e -> e.entityType())
                .contains(HeadTenureService.AUDIT_ENTITY, PjReportService.AUDIT_ENTITY);
        Users.staff("64");
        assertThatThrownBy(() -> tenures.changes(SERUYAN, 100)).isInstanceOf(AccessDeniedException.class);
    }

    private static CorrectionDraft correction(TenureDetails t, String name, String nip, LegalBasis basis) {
        return new CorrectionDraft(name, nip, t.originPosition(), t.originInstitution(), t.echelon(), basis,
                t.decreeNumber(), t.version());
    }

    @Test
    void a_misspelt_name_and_nip_are_corrected_and_audited_without_touching_the_term() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Djainudin Nor", LocalDate.of(2024, 1, 10)));

        var corrected = tenures.correct(pj.id(), correction(pj, "Djainuddin Noor", "196805121990031001",
                LegalBasis.KEPMENDAGRI));

        assertThat(corrected.personName()).isEqualTo("Djainuddin Noor");
        assertThat(corrected.nip()).isEqualTo("196805121990031001");
        assertThat(corrected.termEndsOn()).isEqualTo(pj.termEndsOn());
        assertThat(audit.history(HeadTenureService.AUDIT_ENTITY, Long.toString(pj.id()), 50))
                .filteredOn(e -> e.action().equals("CORRECT")).extracting(e -> e.field())
                .containsExactlyInAnyOrder("personName", "nip");
    }

    @Test
    void a_correction_breaking_a_rule_or_on_a_stale_version_is_refused() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10)));

        assertThatThrownBy(() -> tenures.correct(pj.id(), correction(pj, "Pj Bupati", "123", LegalBasis.KEPPRES)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("nip", "legalBasis"));
        tenures.correct(pj.id(), correction(pj, "Pj Bupati Seruyan", pj.nip(), LegalBasis.KEPMENDAGRI));
        assertThatThrownBy(() -> tenures.correct(pj.id(), correction(pj, "Pj Lain", pj.nip(), LegalBasis.KEPMENDAGRI)))
                .isInstanceOf(StaleDataException.class);
        assertThat(tenures.current(SERUYAN)).get().extracting(TenureDetails::personName).isEqualTo("Pj Bupati Seruyan");
    }

    @Test
    void provincial_staff_may_not_correct() {
        var pj = tenures.appoint(SERUYAN, pjBupati("Pj Bupati", LocalDate.of(2024, 1, 10)));
        Users.staff("62");

        assertThatThrownBy(() -> tenures.correct(pj.id(), correction(pj, "Nama Lain", pj.nip(), LegalBasis.KEPMENDAGRI)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
