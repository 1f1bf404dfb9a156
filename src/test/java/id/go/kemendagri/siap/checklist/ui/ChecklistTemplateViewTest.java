package id.go.kemendagri.siap.checklist.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ChecklistTemplateService;
import id.go.kemendagri.siap.support.RowButtons;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** Rolled back after each test: a published version would change every other test's checklists. */
@Transactional
class ChecklistTemplateViewTest extends UiTest {

    @Autowired
    ChecklistTemplateService templates;
    @Autowired
    ChecklistService checklists;

    /** Starts a draft in the view and opens its "add item" dialog. */
    private TemplateItemDialog addItemToDraft(ChecklistTemplateView view) {
        test(view.startDraft).click();
        test(view.addItem).click();
        return $(TemplateItemDialog.class).single();
    }

    private void fill(TemplateItemDialog dialog, String code, String theme, String nameId, String nameEn,
            int daysBefore) {
        test(dialog.code).setValue(code);
        test(dialog.theme).selectItem(theme);
        test(dialog.nameId).setValue(nameId);
        test(dialog.nameEn).setValue(nameEn);
        test(dialog.daysBefore).setValue(daysBefore);
    }

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
    void only_a_drafts_items_can_be_removed_from_the_grid() {
        var view = navigateAs(Users.evaluator(), "checklist/templat", ChecklistTemplateView.class);

        assertThat(RowButtons.shown(test(view.grid), 0, "actions", "remove")).isFalse();
        RowButtons.click(test(view.grid), 0, "actions", "remove");
        assertThat(test(view.grid).size()).as("a click sent for a published item is ignored").isEqualTo(25);

        test(view.startDraft).click();
        assertThat(RowButtons.shown(test(view.grid), 0, "actions", "remove")).isTrue();
        var removed = test(view.grid).getRow(0).code();
        RowButtons.click(test(view.grid), 0, "actions", "remove");

        assertThat(test(view.grid).size()).isEqualTo(24);
        assertThat(templates.draft().orElseThrow().items()).noneMatch(i -> i.code().equals(removed));
        assertThat(templates.published().orElseThrow().items()).anyMatch(i -> i.code().equals(removed));
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
        var dialog = addItemToDraft(view);
        fill(dialog, "KAM-04", "Keamanan", "Posko pengamanan terpadu dibentuk", "Joint security post set up", 14);
        test(dialog.save).click();
        assertThat(test(view.grid).size()).isEqualTo(26);

        view.publishDraft();

        assertThat(view.heading.getText()).contains("terbit");
        assertThat(checklists.regionChecklist("62.07").current()).extracting(i -> i.itemCode()).contains("KAM-04");
    }

    @Test
    void an_item_without_names_or_deadline_is_refused_in_the_dialog() {
        var view = navigateAs(Users.evaluator(), "checklist/templat", ChecklistTemplateView.class);
        var dialog = addItemToDraft(view);
        test(dialog.code).setValue("KAM-05");
        test(dialog.save).click();

        assertThat(dialog.nameId.isInvalid()).isTrue();
        assertThat(dialog.daysBefore.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
    }

    @Autowired
    id.go.kemendagri.siap.audit.AuditService audit;

    @Test
    void theTemplateDialogSetsTheSourceCheckedOnTheServerAndPublishingAppliesIt() {
        Users.evaluator();
        var before = checklists.regionChecklist("62.07").current().stream().filter(i -> i.itemCode().equals("DNA-03"))
                .findFirst().orElseThrow();
        assertThat(before.sourceBound()).as("62.07's KPU grant decides DNA-03 now").isTrue();
        var view = navigateAs(Users.evaluator(), "checklist/templat", ChecklistTemplateView.class);
        var dialog = addItemToDraft(view);
        fill(dialog, "DNA-09", "Keamanan", "NPHD KPU dicatat dalam butir baru", "KPU NPHD recorded in a new item", 120);
        test(dialog.derivedFrom).selectItem("NPHD KPU");
        test(dialog.save).click();
        assertThat(dialog.derivedFrom.isInvalid()).as("the budget's sources serve funding items").isTrue();
        assertThat(dialog.derivedFrom.getErrorMessage()).isEqualTo("NPHD dan penyaluran hanya untuk butir tema Pendanaan.");

        test(dialog.theme).selectItem("Pendanaan");
        test(dialog.save).click();
        assertThat(dialog.derivedFrom.getErrorMessage()).as("DNA-03 already follows the KPU's NPHD")
                .isEqualTo("Sumber ini sudah dipakai butir lain dalam versi ini.");
        assertThat(dialog.isOpened()).isTrue();

        var draft = templates.draft().orElseThrow();
        var dna03 = draft.items().stream().filter(i -> i.code().equals("DNA-03")).findFirst().orElseThrow();
        var edit = new TemplateItemDialog(draft.id(), dna03, templates, t -> { });
        edit.open();
        roundTrip();
        assertThat(edit.derivedFrom.getValue()).isEqualTo(id.go.kemendagri.siap.checklist.DerivedSource.NPHD_KPU);
        edit.derivedFrom.setValue(null);
        test(edit.save).click();
        test(dialog.save).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(templates.draft().orElseThrow().items()).filteredOn(i -> i.code().startsWith("DNA-0"))
                .extracting(i -> i.code() + "=" + i.derivedFrom()).contains("DNA-03=null", "DNA-09=NPHD_KPU");
        assertThat(audit.history(ChecklistTemplateService.AUDIT_ENTITY, Long.toString(draft.id()), 20))
                .anySatisfy(entry -> {
                    assertThat(entry.field()).isEqualTo("derivedFrom");
                    assertThat(entry.oldValue()).isEqualTo("DNA-03: NPHD_KPU");
                    assertThat(entry.newValue()).isNull();
                });

        view.publishDraft();

        var items = checklists.regionChecklist("62.07").current();
        var released = items.stream().filter(i -> i.itemCode().equals("DNA-03")).findFirst().orElseThrow();
        var moved = items.stream().filter(i -> i.itemCode().equals("DNA-09")).findFirst().orElseThrow();
        assertThat(released.sourceBound()).as("answered by hand from now on").isFalse();
        assertThat(released.status()).as("its answer kept").isEqualTo(before.status());
        assertThat(moved.derivedFrom()).isEqualTo(id.go.kemendagri.siap.checklist.DerivedSource.NPHD_KPU);
        assertThat(moved.sourceBound()).as("follows the grant as soon as it is published").isTrue();
        assertThat(moved.status()).isEqualTo(before.status());
        assertThat(moved.sourceLink()).isEqualTo("wilayah/62.07?buka=hibah-kpu");
    }
}
