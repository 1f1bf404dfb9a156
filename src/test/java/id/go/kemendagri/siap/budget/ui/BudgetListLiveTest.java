package id.go.kemendagri.siap.budget.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.data.provider.DataChangeEvent;

import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDraft;
import id.go.kemendagri.siap.budget.GrantRow;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.Scheme;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/**
 * The budget grid takes live changes row by row: a grant saved elsewhere redraws its own row only (no page
 * query, selection kept); a change that moves a row out of the filter reloads the grid. Province 73,
 * regions 73.10-73.12 (the other budget view tests use 73.01-73.07).
 */
class BudgetListLiveTest extends UiTest {

    @Autowired
    BudgetService budget;

    private final List<DataChangeEvent<GrantRow>> events = new CopyOnWriteArrayList<>();

    /** The grid as the browser would have it: the first rows loaded, and every data event recorded. */
    private BudgetListView open(String path, int loadedRows) {
        var view = navigateAs(Users.staff("73"), path, BudgetListView.class);
        view.grid.getDataCommunicator().setRequestedRange(0, loadedRows);
        roundTrip();
        view.grid.getDataProvider().addDataProviderListener(events::add);
        return view;
    }

    private int indexOf(BudgetListView view, String region, Recipient recipient) {
        for (var i = 0; i < test(view.grid).size(); i++) {
            var row = test(view.grid).getRow(i);
            if (row.regionCode().equals(region) && row.recipient() == recipient) {
                return i;
            }
        }
        throw new AssertionError(region + " " + recipient + " is not in the grid");
    }

    private void propose(String region, Recipient recipient, long proposed) {
        var loaded = budget.find(region, recipient);
        budget.save(region, recipient, new GrantDraft(SigningStage.RATIONALISING, Scheme.TRANCHES, proposed, null, null,
                null, 40, loaded.version()));
    }

    @Test
    void a_grant_saved_elsewhere_redraws_only_its_row_and_keeps_the_selection() throws Exception {
        var view = open("anggaran", 100);
        var index = indexOf(view, "73.10", Recipient.KPU);
        var row = test(view.grid).getRow(index);
        test(view.grid).select(index);
        assertThat(view.grid.getDataCommunicator().isItemActive(row)).as("loaded").isTrue();

        propose("73.10", Recipient.KPU, 7_100_000_000L);
        awaitPush(() -> !events.isEmpty());

        assertThat(events).as("the region's rows refreshed in place, no reload of the page").allSatisfy(event -> {
            assertThat(event).isInstanceOf(DataChangeEvent.DataRefreshEvent.class);
            assertThat(((DataChangeEvent.DataRefreshEvent<GrantRow>) event).getItem().regionCode()).isEqualTo("73.10");
        });
        assertThat(view.grid.getDataCommunicator().getKeyMapper().get(view.grid.getDataCommunicator().getKeyMapper()
                .key(row)).proposed()).isEqualTo(7_100_000_000L);
        assertThat(view.grid.asSingleSelect().getValue()).extracting(GrantRow::id).isEqualTo(row.id());
        assertThat(view.totals.getText()).contains("100 baris");
    }

    @Test
    void a_grant_leaving_the_filter_reloads_the_grid() throws Exception {
        Users.staff("73");
        propose("73.11", Recipient.KPU, 2_000_000_000L);
        var view = open("anggaran?tahap=RATIONALISING", 100);
        var index = indexOf(view, "73.11", Recipient.KPU);
        var before = test(view.grid).size();
        assertThat(index).isNotNegative();

        var loaded = budget.find("73.11", Recipient.KPU);
        budget.save("73.11", Recipient.KPU, new GrantDraft(SigningStage.AGREED, Scheme.TRANCHES, 2_000_000_000L,
                1_900_000_000L, null, null, 40, loaded.version()));
        awaitPush(() -> !events.isEmpty());

        assertThat(events).as("the row set changed: one reload")
                .anyMatch(event -> !(event instanceof DataChangeEvent.DataRefreshEvent));
        assertThat(test(view.grid).size()).isEqualTo(before - 1);
    }

    @Test
    void a_change_outside_the_loaded_rows_redraws_nothing() throws Exception {
        var view = open("anggaran?penerima=POLRI", 3);

        propose("73.12", Recipient.POLRI, 3_300_000_000L);
        var deadline = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Thread.sleep(50);
            runPushes();
        }

        assertThat(events).as("neither a reload nor a row refresh: the grid reads 73.12 when it scrolls there")
                .isEmpty();
        var shown = test(view.grid).getRow(indexOf(view, "73.12", Recipient.POLRI));
        assertThat(shown.proposed()).isEqualTo(3_300_000_000L);
    }
}
