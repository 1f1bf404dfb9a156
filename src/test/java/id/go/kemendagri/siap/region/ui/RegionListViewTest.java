package id.go.kemendagri.siap.region.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

class RegionListViewTest extends UiTest {

    @Test
    void evaluator_sees_all_552_regions() {
        var view = navigateAs(Users.evaluator(), "wilayah", RegionListView.class);

        assertThat(test(view.grid).size()).isEqualTo(552);
    }

    @Test
    void provincial_staff_see_only_their_province_and_cannot_change_it() {
        var view = navigateAs(Users.staff("62"), "wilayah", RegionListView.class);

        assertThat(test(view.grid).size()).isEqualTo(15);
        assertThat(view.filters.province.isReadOnly()).isTrue();
        assertThat(view.filters.province.getValue().code()).isEqualTo("62");
    }

    @Test
    void filters_come_from_the_url() {
        var view = navigateAs(Users.evaluator(), "wilayah?provinsi=31&pilkada=tidak", RegionListView.class);

        assertThat(test(view.grid).size()).isEqualTo(6);
    }
}
