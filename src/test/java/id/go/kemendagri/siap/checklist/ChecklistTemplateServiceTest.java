package id.go.kemendagri.siap.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.region.ElectionStage;
import id.go.kemendagri.siap.support.MutableClock;
import id.go.kemendagri.siap.support.TestClock;
import id.go.kemendagri.siap.support.Users;

@SpringBootTest
@Import(TestClock.class)
@Transactional
class ChecklistTemplateServiceTest {

    @Autowired
    ChecklistTemplateService templates;
    @Autowired
    ChecklistService checklists;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void signIn() {
        Users.evaluator();
    }

    @AfterEach
    void signOut() {
        Users.signOut();
    }

    static TemplateItemDraft newItem(String code) {
        return new TemplateItemDraft(code, Theme.KEAMANAN, 40, "Posko pengamanan terpadu dibentuk",
                "Joint security post set up", null, null, "UU 10/2016", null, 14, null, true, true, true, true, 2);
    }

    ChecklistItemDetails item(String region, String code) {
        return ChecklistTestSupport.itemOf(checklists, region, code);
    }

    /** Staff of 62 answer KLB-03 of Seruyan (in progress, "rapat dijadwalkan"), then the evaluator signs in again. */
    void klb03AnsweredInSeruyan() {
        Users.staff("62");
        var answered = item("62.07", "KLB-03");
        checklists.update(answered.id(), new ChecklistItemDraft(ItemStatus.PROSES, "rapat dijadwalkan", null,
                answered.version()));
        Users.evaluator();
    }

    @Test
    void the_seeded_template_holds_the_items_of_the_domain_in_six_themes() {
        var published = templates.published().orElseThrow();
        assertThat(published.versionNo()).isEqualTo(1);
        assertThat(published.items()).hasSize(25);
        assertThat(published.items()).extracting(TemplateItemDetails::theme).containsOnly(Theme.values());
        assertThat(published.items()).filteredOn(i -> i.code().equals("DNA-08")).singleElement()
                .satisfies(i -> assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 6, 27)));
    }

    @Test
    void a_draft_starts_as_a_copy_of_the_published_version() {
        var draft = templates.startDraft();
        assertThat(draft.versionNo()).isEqualTo(2);
        assertThat(draft.published()).isFalse();
        assertThat(draft.items()).hasSize(25);
        assertThat(templates.startDraft().id()).isEqualTo(draft.id());
    }

    @Test
    void a_draft_is_stamped_with_who_started_it_and_when() {
        var draft = templates.startDraft();
        assertThat(jdbc.queryForObject("select created_by from checklist_template where id = ?", String.class,
                draft.id())).isEqualTo("test-evaluator");
        assertThat(jdbc.queryForObject("select created_at from checklist_template where id = ?", Timestamp.class,
                draft.id()).toInstant()).isEqualTo(clock.instant());
    }

    @Test
    void a_deadline_in_days_before_the_vote_resolves_to_a_date() {
        var draft = templates.saveItem(templates.startDraft().id(), newItem("KAM-04"));
        assertThat(draft.items()).filteredOn(i -> i.code().equals("KAM-04")).singleElement()
                .satisfies(i -> assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 11, 13)));
    }

    @Test
    void a_deadline_counted_back_from_a_stage_falls_that_many_days_before_the_stage_begins() {
        var id = templates.startDraft().id();
        var draft = newItem("KAM-05");
        var fourteenDaysBeforeDetermination = new TemplateItemDraft(draft.code(), draft.theme(), draft.sortOrder(),
                draft.nameId(), draft.nameEn(), null, null, null, null, 14, ElectionStage.CANDIDATE_DETERMINATION, true,
                true, true, true, 2);

        var saved = templates.saveItem(id, fourteenDaysBeforeDetermination).items().stream()
                .filter(i -> i.code().equals("KAM-05")).findFirst().orElseThrow();

        assertThat(saved.dueDate()).isEqualTo(LocalDate.of(2024, 9, 8));
        assertThat(saved.deadlineStage()).isEqualTo(ElectionStage.CANDIDATE_DETERMINATION);
        var published = templates.published().orElseThrow().items();
        assertThat(published).filteredOn(i -> i.code().equals("NET-01")).singleElement().satisfies(i -> {
            assertThat(i.deadlineStage()).isEqualTo(ElectionStage.CANDIDATE_REGISTRATION);
            assertThat(i.daysBefore()).isEqualTo(41);
            assertThat(i.dueDate()).as("same date as before it followed the stage").isEqualTo(LocalDate.of(2024, 7, 17));
        });
        assertThat(published).filteredOn(i -> i.code().equals("NET-04")).singleElement()
                .satisfies(i -> assertThat(i.dueDate()).isEqualTo(LocalDate.of(2024, 9, 24)));
    }

    @Test
    void an_item_with_a_date_and_days_or_without_levels_is_refused() {
        var id = templates.startDraft().id();
        var both = new TemplateItemDraft("KAM-04", Theme.KEAMANAN, 40, "Posko", "Post", null, null, null,
                LocalDate.of(2024, 11, 1), 14, null, false, false, false, false, 0);
        assertThatThrownBy(() -> templates.saveItem(id, both)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKeys("deadline", "levels", "weight"));
    }

    @Test
    void publishing_adds_new_items_and_retires_removed_ones_without_losing_answers() {
        klb03AnsweredInSeruyan();
        var draft = templates.startDraft();
        templates.saveItem(draft.id(), newItem("KAM-04"));
        templates.removeItem(draft.id(), "KLB-03");
        var published = templates.publish(draft.id());
        assertThat(published.published()).isTrue();

        var checklist = checklists.regionChecklist("62.07");
        assertThat(checklist.current()).extracting(ChecklistItemDetails::itemCode).contains("KAM-04")
                .doesNotContain("KLB-03");
        var retired = item("62.07", "KLB-03");
        assertThat(retired.retired()).isTrue();
        assertThat(retired.note()).isEqualTo("rapat dijadwalkan");
        assertThat(retired.status()).isEqualTo(ItemStatus.PROSES);
        assertThat(checklists.regionChecklist("62").current()).hasSize(22);
    }

    @Test
    void an_item_put_back_in_a_later_version_returns_with_its_answer() {
        klb03AnsweredInSeruyan();
        var v2 = templates.startDraft();
        templates.removeItem(v2.id(), "KLB-03");
        templates.publish(v2.id());
        var v3 = templates.startDraft();
        templates.saveItem(v3.id(), new TemplateItemDraft("KLB-03", Theme.KELEMBAGAAN, 30,
                "Rapat koordinasi Forkopimda", "Forkopimda meeting", null, null, null, LocalDate.of(2024, 9, 24), null,
                null, true, true, true, true, 2));
        templates.publish(v3.id());
        var back = item("62.07", "KLB-03");
        assertThat(back.retired()).isFalse();
        assertThat(back.note()).isEqualTo("rapat dijadwalkan");
        assertThat(back.nameEn()).isEqualTo("Forkopimda meeting");
    }

    @Test
    void a_retired_item_cannot_be_changed() {
        var draft = templates.startDraft();
        templates.removeItem(draft.id(), "KLB-03");
        templates.publish(draft.id());
        Users.staff("62");
        var retired = item("62.07", "KLB-03");
        ChecklistTestSupport.assertInProgressRefused(checklists, retired, InvalidInputException.class);
    }

    @Test
    void a_published_version_cannot_be_edited() {
        var published = templates.published().orElseThrow();
        assertThatThrownBy(() -> templates.saveItem(published.id(), newItem("KAM-04")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("template", "checklist.template.error.published"));
    }

    @Test
    void provincial_staff_and_leadership_cannot_edit_the_template() {
        Users.staff("62");
        assertThatThrownBy(templates::startDraft).isInstanceOf(AccessDeniedException.class);
        Users.leadership();
        assertThatThrownBy(templates::startDraft).isInstanceOf(AccessDeniedException.class);
    }
}
