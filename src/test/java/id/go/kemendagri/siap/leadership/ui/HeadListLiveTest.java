package id.go.kemendagri.siap.leadership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.data.provider.DataChangeEvent;

import id.go.kemendagri.siap.leadership.HeadRow;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.support.Users;

/**
 * The heads grid takes live changes row by row: a head appointed elsewhere redraws that region's row only
 * (no page query, selection kept); with a filter on status the set may change, and the grid reloads.
 */
class HeadListLiveTest extends LeadershipUiTest {

    private final List<DataChangeEvent<HeadRow>> events = new CopyOnWriteArrayList<>();

    private HeadListView open(String path) {
        var view = navigateAs(Users.evaluator(), path, HeadListView.class);
        view.grid.getDataCommunicator().setRequestedRange(0, 50);
        roundTrip();
        view.grid.getDataProvider().addDataProviderListener(events::add);
        return view;
    }

    private int indexOf(HeadListView view, String code) {
        for (var i = 0; i < test(view.grid).size(); i++) {
            if (test(view.grid).getRow(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError(code + " is not in the grid");
    }

    @Test
    void a_head_appointed_elsewhere_redraws_only_that_regions_row_and_keeps_the_selection() throws Exception {
        var view = open("kepala-daerah?provinsi=62");
        var index = indexOf(view, "62.07");
        test(view.grid).select(index);
        assertThat(view.grid.getDataCommunicator().isItemActive(test(view.grid).getRow(index))).as("loaded").isTrue();

        tenures.appoint("62.07", pjBupati("Pj Bupati Seruyan", LocalDate.of(2024, 5, 12)));
        awaitPush(() -> !events.isEmpty());

        assertThat(events).as("one row refreshed in place, no reload of the page").allSatisfy(event -> {
            assertThat(event).isInstanceOf(DataChangeEvent.DataRefreshEvent.class);
            assertThat(((DataChangeEvent.DataRefreshEvent<HeadRow>) event).getItem().code()).isEqualTo("62.07");
        });
        var keys = view.grid.getDataCommunicator().getKeyMapper();
        var shown = keys.get(keys.key(test(view.grid).getRow(index)));
        assertThat(shown.personName()).isEqualTo("Pj Bupati Seruyan");
        assertThat(shown.status()).isEqualTo(HeadStatus.PJ);
        assertThat(view.grid.asSingleSelect().getValue()).extracting(HeadRow::code).isEqualTo("62.07");
    }

    @Test
    void with_a_status_filter_a_new_pj_reloads_the_grid() throws Exception {
        var view = open("kepala-daerah?provinsi=62&status=PJ");
        assertThat(test(view.grid).size()).isZero();

        tenures.appoint("62.07", pjBupati("Pj Bupati Seruyan", LocalDate.of(2024, 5, 12)));
        awaitPush(() -> !events.isEmpty());

        assertThat(events).anyMatch(event -> !(event instanceof DataChangeEvent.DataRefreshEvent));
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.total.getText()).isEqualTo("1 wilayah");
    }
}
