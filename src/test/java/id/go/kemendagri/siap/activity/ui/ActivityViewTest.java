package id.go.kemendagri.siap.activity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import id.go.kemendagri.siap.region.DeskContactDetails;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactService;
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

        assertThat(view.province.isVisible()).isFalse();
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

        assertThat(view.type.getValue()).isEqualTo("desk-contact");
        assertThat(test(view.grid).getRow(0).entityType()).isEqualTo("desk-contact");
    }
}
