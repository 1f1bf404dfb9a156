package id.go.kemendagri.siap.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;

import id.go.kemendagri.siap.activity.ActivityRow;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.region.DeskContactDetails;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactService;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

class ActivityViewTest extends UiTest {

    @Autowired
    DeskContactService contacts;

    private void change(String region, String name) {
        var version = contacts.find(region).map(DeskContactDetails::version).orElse(null);
        contacts.save(region, new DeskContactDraft(name, "Kabid", "Kesbangpol", "0812 3456 7890", "a@example.go.id", version));
    }

    @Test
    void provincial_staff_see_their_provinces_changes_without_a_province_filter() {
        Users.evaluator();
        change("62.10", "Feed Kalteng");
        change("11.02", "Feed Aceh");
        Users.staff("62");

        var view = navigate("aktivitas", ActivityView.class);

        assertThat(view.filters.province.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isPositive();
        for (var i = 0; i < Math.min(20, test(view.grid).size()); i++) {
            assertThat(test(view.grid).getRow(i).regionCode()).startsWith("62");
        }
    }

    @Test
    void the_kind_filter_comes_from_the_url() {
        Users.evaluator();
        change("62.11", "Feed filter");

        var view = navigateAs(Users.evaluator(), "aktivitas?jenis=desk-contact", ActivityView.class);

        assertThat(view.filters.type.getValue()).isEqualTo("desk-contact");
        assertThat(test(view.grid).getRow(0).entityType()).isEqualTo("desk-contact");
    }

    /** Three fields changed in one save: one entry, in words, with labelled fields, in both languages. */
    @Test
    void a_save_reads_as_one_sentence_with_labelled_fields_in_both_languages() {
        var officer = "kalteng-" + UUID.randomUUID().toString().substring(0, 6);
        // someone else sets the contact up first: a test clock may give both saves the same moment
        Users.evaluator();
        change("62.07", "Sebelum " + officer);
        var user = Users.signIn(officer, Role.PROVINCIAL_STAFF, "62");
        var version = contacts.find("62.07").orElseThrow().version();
        contacts.save("62.07", new DeskContactDraft("Sesudah " + officer, "Kepala Bidang", "Kesbangpol",
                "0813 1111 2222", "a@example.go.id", version));

        var view = navigateAs(user, "aktivitas?jenis=desk-contact", ActivityView.class);
        var row = saveOf(view, officer, "UPDATE");

        assertThat(row.changes()).hasSize(3);
        assertThat(view.sentence(row)).isEqualTo(officer + " mengubah 3 isian kontak Desk Pilkada Kabupaten Seruyan");
        assertThat(view.changes(row)).containsExactly(
                "Nama: Sebelum " + officer + " → Sesudah " + officer,
                "Jabatan: Kabid → Kepala Bidang",
                "Telepon: 0812 3456 7890 → 0813 1111 2222");

        UI.getCurrent().setLocale(Formats.ENGLISH);
        var english = navigateAs(user, "aktivitas?jenis=desk-contact", ActivityView.class);
        row = saveOf(english, officer, "UPDATE");
        assertThat(english.sentence(row))
                .isEqualTo(officer + " changed 3 fields of the Desk Pilkada contact (Kabupaten Seruyan)");
        assertThat(english.changes(row)).contains("Position: Kabid → Kepala Bidang");
        UI.getCurrent().setLocale(Formats.INDONESIAN);
    }

    private ActivityRow saveOf(ActivityView view, String actor, String action) {
        var grid = test(view.grid);
        for (var i = 0; i < grid.size(); i++) {
            var row = grid.getRow(i);
            if (actor.equals(row.actor()) && action.equals(row.action())) {
                return row;
            }
        }
        throw new AssertionError("no " + action + " by " + actor);
    }
}
