package id.go.kemendagri.siap.leadership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;

import id.go.kemendagri.siap.leadership.HeadFilter;
import id.go.kemendagri.siap.leadership.HeadRow;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;
import id.go.kemendagri.siap.leadership.LeadershipBoardService.SortBy;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.LeadershipTestSupport;
import id.go.kemendagri.siap.support.Users;

class HeadListViewTest extends LeadershipUiTest {

    @Autowired
    LeadershipBoardService board;

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

    /**
     * The grid asks for 50 rows at a time; its later pages reach the service as page numbers
     * (VaadinSpringDataHelpers.toSpringPageRequest) and follow the first one without a gap or a repeat, in the
     * column's sort order.
     */
    @Test
    void later_pages_follow_the_first_in_the_sorted_order() {
        var view = navigateAs(Users.leadership(), "kepala-daerah", HeadListView.class);
        var grid = test(view.grid);

        var byCode = IntStream.range(0, 130).mapToObj(i -> grid.getRow(i).code()).toList();
        assertThat(byCode).doesNotHaveDuplicates()
                .isEqualTo(codes(board.page(HeadFilter.ALL, PageRequest.of(0, 130, Sort.by(SortBy.CODE.property())))));

        view.grid.sort(List.of(new GridSortOrder<>(view.grid.getColumnByKey(SortBy.NAME.name()), SortDirection.DESCENDING)));
        var byName = IntStream.range(50, 100).mapToObj(i -> grid.getRow(i).code()).toList();
        assertThat(byName).isEqualTo(codes(board.page(HeadFilter.ALL,
                PageRequest.of(1, 50, Sort.by(Sort.Direction.DESC, SortBy.NAME.property())))));
        assertThat(byName).isNotEqualTo(byCode.subList(50, 100));
    }

    /** A sort property the service does not know is ignored (rows by code), never put into the query. */
    @Test
    void an_unknown_sort_property_is_ignored() {
        navigateAs(Users.leadership(), "kepala-daerah", HeadListView.class);

        assertThat(codes(board.page(HeadFilter.ALL, PageRequest.of(1, 20, Sort.by("name; drop table region")))))
                .isEqualTo(codes(board.page(HeadFilter.ALL, PageRequest.of(1, 20))));
    }

    private static List<String> codes(List<HeadRow> rows) {
        return rows.stream().map(HeadRow::code).toList();
    }
}
