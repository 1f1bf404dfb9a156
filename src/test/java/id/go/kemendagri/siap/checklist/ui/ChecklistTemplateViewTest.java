package id.go.kemendagri.siap.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ChecklistTemplateService;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** Rolled back after each test: a published version would change every other test's checklists. */
@Transactional
class ChecklistTemplateViewTest extends UiTest {

    @Autowired
    ChecklistTemplateService templates;
    @Autowired
    ChecklistService checklists;

    @Test
    void evaluators_see_the_published_version_and_can_start_a_new_one() {
        var view = navigateAs(Users.evaluator(), "checklist/templat", ChecklistTemplateView.class);

        assertThat(test(view.grid).size()).isEqualTo(25);
        assertThat(view.publish.isVisible()).isFalse();
        test(view.startDraft).click();

        assertThat(view.heading.getText()).contains("versi 2");
        assertThat(view.publish.isVisible()).isTrue();
    }

    @Test
    void theTemplateSaysWhichItemsAreDerivedAndFromWhat() {
        var view = navigateAs(Users.evaluator(), "checklist/templat", ChecklistTemplateView.class);

        var derived = new java.util.LinkedHashMap<String, String>();
        for (var row = 0; row < test(view.grid).size(); row++) {
            var item = test(view.grid).getRow(row);
            derived.put(item.code(), test(view.grid).getCellText(row, view.grid.getColumns().indexOf(
                    view.grid.getColumnByKey("derived"))));
        }
        assertThat(derived).containsEntry("DNA-03", "NPHD KPU").containsEntry("DNA-06", "NPHD Polri")
                .containsEntry("DNA-07", "Penyaluran tahap I").containsEntry("NET-04", "Cuti kampanye petahana dan Pjs")
                .containsEntry("KLB-01", "").containsEntry("NET-03", "");
        test(view.startDraft).click();
        assertThat(templates.draft().orElseThrow().items()).filteredOn(i -> i.code().equals("NET-02")).singleElement()
                .extracting(i -> i.derivedFrom()).as("a new version keeps the source")
                .isEqualTo(id.go.kemendagri.siap.checklist.DerivedSource.NEUTRALITY_SCORE);
    }

    @Test
    void an_item_added_to_the_draft_reaches_the_regions_when_published() {
        var view = navigateAs(Users.evaluator(), "checklist/templat", ChecklistTemplateView.class);
        test(view.startDraft).click();
        test(view.addItem).click();
        var dialog = $(TemplateItemDialog.class).single();
        test(dialog.code).setValue("KAM-04");
        test(dialog.theme).selectItem("Keamanan");
        test(dialog.nameId).setValue("Posko pengamanan terpadu dibentuk");
        test(dialog.nameEn).setValue("Joint security post set up");
        test(dialog.daysBefore).setValue(14);
        test(dialog.save).click();
        assertThat(test(view.grid).size()).isEqualTo(26);

        view.publishDraft();

        assertThat(view.heading.getText()).contains("terbit");
        assertThat(checklists.regionChecklist("62.07").current()).extracting(i -> i.itemCode()).contains("KAM-04");
    }

    @Test
    void an_item_without_names_or_deadline_is_refused_in_the_dialog() {
        var view = navigateAs(Users.evaluator(), "checklist/templat", ChecklistTemplateView.class);
        test(view.startDraft).click();
        test(view.addItem).click();
        var dialog = $(TemplateItemDialog.class).single();
        test(dialog.code).setValue("KAM-05");
        test(dialog.save).click();

        assertThat(dialog.nameId.isInvalid()).isTrue();
        assertThat(dialog.daysBefore.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }
}
