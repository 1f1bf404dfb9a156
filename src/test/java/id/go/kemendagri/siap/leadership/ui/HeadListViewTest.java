package id.go.kemendagri.siap.leadership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.leadership.HeadRow;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.LeadershipTestSupport;
import id.go.kemendagri.siap.support.Users;

class HeadListViewTest extends LeadershipUiTest {

    @Test
    void every_region_is_listed_with_its_head() {
        pjInSeruyan();

        var view = navigateAs(Users.leadership(), "kepala-daerah", HeadListView.class);

        assertThat(test(view.grid).size()).isEqualTo(552);
        assertThat(view.total.getText()).isEqualTo("552 wilayah");
    }

    @Test
    void filters_come_from_the_url() {
        pjInSeruyan();
        Users.evaluator();
        tenures.appoint("62", LeadershipTestSupport.pjGubernur("Pj Gubernur Kalteng", LocalDate.of(2023, 10, 20)));

        var view = navigateAs(Users.evaluator(), "kepala-daerah?status=PJ&berakhir=30&terlambat=ya", HeadListView.class);

        assertThat(view.filters.status.getValue()).isEqualTo(HeadStatus.PJ);
        assertThat(view.filters.ending.getValue()).isEqualTo(30);
        assertThat(view.filters.overdue.getValue()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0)).extracting(HeadRow::code).isEqualTo("62");
    }

    @Test
    void unknown_url_values_are_ignored() {
        var view = navigateAs(Users.evaluator(), "kepala-daerah?status=RAJA&berakhir=7&kategori=", HeadListView.class);

        assertThat(view.filters.status.getValue()).isNull();
        assertThat(view.filters.ending.getValue()).isNull();
        assertThat(test(view.grid).size()).isEqualTo(552);
    }

    @Test
    void choosing_a_filter_narrows_the_grid() {
        pjInSeruyan();
        var view = navigateAs(Users.evaluator(), "kepala-daerah", HeadListView.class);

        test(view.filters.status).selectItem("Pj");

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.total.getText()).isEqualTo("1 wilayah");
    }

    @Test
    void provincial_staff_see_only_their_province() {
        var view = navigateAs(Users.staff("62"), "kepala-daerah?provinsi=64", HeadListView.class);

        assertThat(view.filters.province.isReadOnly()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(15);
    }
}
