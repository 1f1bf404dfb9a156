package id.go.kemendagri.siap.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.support.Statements;
import id.go.kemendagri.siap.support.Users;
import jakarta.persistence.EntityManagerFactory;

@SpringBootTest
@RecordApplicationEvents
class FollowUpServiceTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();

    @Autowired
    MeetingService meetings;
    @Autowired
    FollowUpService followUps;
    @Autowired
    ApplicationEvents events;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    long meetingId;
    LocalDate meetingDate;

    @BeforeEach
    void aMeetingWithKaltengAndKaltim() {
        Users.evaluator();
        meetingDate = LocalDate.now(clock).minusDays(30);
        meetingId = meetings.save(null, new MeetingDraft(MeetingType.RAKORTEKRENBANG,
                "Rakortekrenbang " + UUID.randomUUID(), meetingDate, "Bappeda Provinsi", "Tanjung Selor", false,
                "Setiap kabupaten/kota menyampaikan 18 usulan.", Set.of("62.01", "62.02", "64.01"), null)).id();
        events.clear();
    }

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    private FollowUpDraft draft(LocalDate deadline, String... regions) {
        return new FollowUpDraft("Menyampaikan 18 usulan program", ResponsibleUnit.BAPPEDA, null, deadline, Set.of(regions));
    }

    private FollowUpRow itemOf(String region) {
        return followUps.page(FollowUpFilter.ofMeeting(meetingId), PageRequest.of(0, 50)).stream()
                .filter(row -> row.regionCode().equals(region)).findFirst().orElseThrow();
    }

    @Test
    void one_follow_up_is_given_to_many_regions_at_once_audited_and_announced() {
        var created = followUps.assign(meetingId, draft(meetingDate.plusDays(6), "62.01", "62.02", "64.01"));

        assertThat(created).isEqualTo(3);
        assertThat(followUps.count(FollowUpFilter.ofMeeting(meetingId))).isEqualTo(3);
        var item = itemOf("62.02");
        assertThat(item.status()).isEqualTo(FollowUpStatus.BARU);
        assertThat(item.regionName()).isNotBlank();
        assertThat(followUps.history(item.id())).isNotEmpty();
        assertThat(events.stream(FollowUpChanged.class).filter(e -> e.itemId() != null)).hasSize(3);
    }

    @Test
    void a_deadline_before_the_meeting_or_an_empty_description_is_refused_and_nothing_is_stored() {
        var bad = new FollowUpDraft("  ", ResponsibleUnit.BAPPEDA, null, meetingDate.minusDays(1), Set.of("62.01"));

        assertThatThrownBy(() -> followUps.assign(meetingId, bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("description", "followup.error.description")
                        .containsEntry("deadline", "followup.error.deadline-before-meeting"));
        assertThat(followUps.count(FollowUpFilter.ofMeeting(meetingId))).isZero();
    }

    @Test
    void follow_ups_go_only_to_regions_that_took_part() {
        assertThatThrownBy(() -> followUps.assign(meetingId, draft(meetingDate.plusDays(5), "62.01", "11.01")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("regions", "followup.error.regions-not-participants"));
    }

    @Test
    void another_unit_needs_its_name() {
        var other = new FollowUpDraft("Patroli", ResponsibleUnit.LAINNYA, "", meetingDate.plusDays(5), Set.of("62.01"));

        assertThatThrownBy(() -> followUps.assign(meetingId, other))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("unitOther"));
    }

    @Test
    void only_evaluators_and_administrators_create_meetings_and_follow_ups() {
        Users.staff("62");
        assertThatThrownBy(() -> followUps.assign(meetingId, draft(meetingDate.plusDays(5), "62.01")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.save(null, new MeetingDraft(MeetingType.RAKOR_FORKOPIMDA, "Rakor",
                meetingDate, "Pemprov", "Samarinda", false, "", Set.of("62"), null))).isInstanceOf(AccessDeniedException.class);
        Users.leadership();
        assertThatThrownBy(() -> followUps.assign(meetingId, draft(meetingDate.plusDays(5), "62.01")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void staff_report_progress_in_their_province_but_not_elsewhere_and_cannot_close() {
        followUps.assign(meetingId, draft(meetingDate.plusDays(60), "62.01", "64.01"));
        var own = itemOf("62.01");
        var other = itemOf("64.01");
        Users.staff("62");

        var reported = followUps.report(own.id(), new FollowUpProgress(FollowUpStatus.PROSES, "Sedang disusun",
                "https://bappeda.example.go.id/usulan", own.version()));

        assertThat(reported.status()).isEqualTo(FollowUpStatus.PROSES);
        assertThatThrownBy(() -> followUps.report(other.id(), new FollowUpProgress(FollowUpStatus.PROSES, "", "",
                other.version()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> followUps.report(own.id(), new FollowUpProgress(FollowUpStatus.SELESAI, "", "",
                reported.version()))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("status", "followup.error.status-close"));
        assertThatThrownBy(() -> followUps.close(own.id(), reported.version())).isInstanceOf(AccessDeniedException.class);
        assertThat(followUps.page(FollowUpFilter.ofMeeting(meetingId), PageRequest.of(0, 50)))
                .extracting(FollowUpRow::regionCode).containsExactly("62.01");
    }

    @Test
    void a_stale_report_is_refused_with_the_current_values() {
        followUps.assign(meetingId, draft(meetingDate.plusDays(60), "62.01"));
        var loaded = itemOf("62.01");
        followUps.report(loaded.id(), new FollowUpProgress(FollowUpStatus.PROSES, "Pertama", "", loaded.version()));

        assertThatThrownBy(() -> followUps.report(loaded.id(), new FollowUpProgress(FollowUpStatus.BARU, "Kedua", "",
                loaded.version()))).isInstanceOfSatisfying(StaleDataException.class,
                        e -> assertThat(((FollowUpRow) e.current()).note()).isEqualTo("Pertama"));
    }

    @Test
    void an_evaluator_closes_and_reopens_and_overdue_follows_the_deadline() {
        followUps.assign(meetingId, draft(meetingDate.plusDays(1), "62.01"));
        var item = itemOf("62.01");
        assertThat(item.overdue()).isTrue();
        var overdueBefore = followUps.countOverdue();

        var closed = followUps.close(item.id(), item.version());

        assertThat(closed.status()).isEqualTo(FollowUpStatus.SELESAI);
        assertThat(closed.overdue()).isFalse();
        assertThat(closed.closedBy()).isEqualTo("test-evaluator");
        assertThat(followUps.countOverdue()).isEqualTo(overdueBefore - 1);
        var reopened = followUps.reopen(closed.id(), closed.version());
        assertThat(reopened.status()).isEqualTo(FollowUpStatus.PROSES);
        assertThat(reopened.closedBy()).isNull();
    }

    @Test
    void evidence_is_checked_by_its_content_and_kept_with_a_checksum() {
        followUps.assign(meetingId, draft(meetingDate.plusDays(60), "62.01"));
        var item = itemOf("62.01");
        Users.staff("62");

        assertThatThrownBy(() -> followUps.attachEvidence(item.id(), "laporan.pdf", "MZ not a pdf".getBytes(), item.version()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("file", "file.error.type"));
        var attached = followUps.attachEvidence(item.id(), "../../laporan usulan.pdf", PDF, item.version());

        assertThat(attached.evidence().name()).isEqualTo("laporan usulan.pdf");
        assertThat(attached.evidence().contentType()).isEqualTo("application/pdf");
        assertThat(attached.evidence().sha256()).hasSize(64);
    }

    @Test
    void evidence_named_as_a_web_page_is_kept_under_the_extension_of_its_content() {
        followUps.assign(meetingId, draft(meetingDate.plusDays(60), "62.02"));
        var item = itemOf("62.02");
        Users.staff("62");

        var attached = followUps.attachEvidence(item.id(), "x.html", PDF, item.version());

        assertThat(attached.evidence().name()).isEqualTo("x.pdf");
        assertThat(attached.evidence().contentType()).isEqualTo("application/pdf");
    }

    @Test
    void minutes_named_as_a_web_page_are_kept_under_the_extension_of_their_content() {
        var details = meetings.details(meetingId);

        var attached = meetings.attachMinutes(meetingId, "notulen.htm", PDF, details.version());

        assertThat(attached.minutesFile().name()).isEqualTo("notulen.pdf");
    }

    @Test
    void evidence_kept_under_a_misleading_name_before_the_rule_gets_its_extension_from_the_migration()
            throws Exception {
        followUps.assign(meetingId, draft(meetingDate.plusDays(60), "64.01"));
        var item = itemOf("64.01");
        Users.staff("64");
        var attached = followUps.attachEvidence(item.id(), "bukti.pdf", PDF, item.version());
        jdbc.update("update followup_item set evidence_name = 'bukti.html' where id = ?", attached.id());

        var script = new String(getClass().getResourceAsStream("/db/migration/V10__stored_file_extensions.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
        for (var statement : script.split(";")) {
            if (!statement.isBlank()) {
                jdbc.update(statement);
            }
        }

        assertThat(followUps.find(attached.id()).evidence().name()).isEqualTo("bukti.html.pdf");
    }

    @Test
    void a_meeting_lists_with_its_progress_in_three_statements() {
        followUps.assign(meetingId, draft(meetingDate.plusDays(1), "62.01", "62.02", "64.01"));
        var item = itemOf("62.01");
        followUps.close(item.id(), item.version());
        var statements = new Statements(entityManagerFactory);

        var rows = new java.util.ArrayList<MeetingRow>();
        var count = statements.countWhile(() -> rows.addAll(meetings.page(MeetingFilter.ALL, PageRequest.of(0, 50))));

        assertThat(count).isLessThanOrEqualTo(3);
        var row = rows.stream().filter(r -> r.id() == meetingId).findFirst().orElseThrow();
        assertThat(row.regions()).isEqualTo(3);
        assertThat(row.items()).isEqualTo(3);
        assertThat(row.done()).isEqualTo(1);
        assertThat(row.overdue()).isEqualTo(2);
    }

    @Test
    void staff_see_only_meetings_of_their_province_with_its_own_progress() {
        followUps.assign(meetingId, draft(meetingDate.plusDays(60), "62.01", "64.01"));
        Users.staff("64");

        var row = meetings.page(MeetingFilter.ALL, PageRequest.of(0, 200)).stream().filter(r -> r.id() == meetingId).findFirst().orElseThrow();

        assertThat(row.items()).isEqualTo(1);
        Users.staff("11");
        assertThat(meetings.page(MeetingFilter.ALL, PageRequest.of(0, 200))).noneMatch(r -> r.id() == meetingId);
    }

    @Test
    void a_region_with_follow_ups_cannot_be_dropped_from_the_meeting() {
        followUps.assign(meetingId, draft(meetingDate.plusDays(60), "64.01"));
        var details = meetings.details(meetingId);
        var draft = details.toDraft();

        var without = new MeetingDraft(draft.type(), draft.title(), draft.date(), draft.organiser(), draft.place(),
                draft.online(), draft.minutes(), Set.of("62.01"), draft.version());

        assertThatThrownBy(() -> meetings.save(meetingId, without)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("regions", "followup.error.regions-with-items"));
    }
}
