package id.go.kemendagri.siap.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;

import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.dashboard.BoardService.Figure;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/** The boards in the browserless UI: who lands where, a province board, and a live update arriving. */
class BoardViewsTest extends UiTest {

    @Autowired
    ChecklistService checklists;


    @Test
    void leadership_land_on_the_national_board() {
        Users.leadership();
        var view = navigate("", NationalBoardView.class);
        var board = view.screen.panel().board();
        assertThat(board.national()).isTrue();
        assertThat(board.areas()).hasSize(38);
        assertThat(view.screen.panel().figureText(Figure.READY)).contains("545");
        assertThat(PageText.of(view)).contains("Ringkasan Nasional Kesiapan Pilkada",
                "Wilayah siap", "NPHD ditandatangani", "Dipimpin Penjabat (Pj)", "Lewat tenggat");
    }

    @Test
    void an_open_board_keeps_few_server_side_nodes_and_shares_what_it_draws() {
        Users.leadership();
        var first = navigate("ringkasan", NationalBoardView.class);
        var drawing = first.screen.panel().drawing();
        var nodes = new int[1];
        first.getElement().getNode().visitNodeTree(node -> nodes[0]++);
        // Was about 500: 38 tiles with tooltips, chart cards with table cells, headline cards, three grids.
        assertThat(nodes[0]).as("server-side nodes of the national board").isLessThan(60);
        assertThat(PageText.of(first)).contains("KALTENG", "Wilayah paling belum siap", "Tampilkan tabel", "Unduh CSV");

        // Another screen of the same board (a second tab, another leader) shows the same strings, not a copy.
        var second = navigate("tentang", com.vaadin.flow.component.Component.class);
        assertThat(second).isNotNull();
        var again = navigate("ringkasan", NationalBoardView.class);
        assertThat(again).isNotSameAs(first);
        assertThat(again.screen.panel().drawing()).isSameAs(drawing);
    }

    @Test
    void provincial_staff_land_on_their_province_board_whatever_board_they_ask_for() {
        Users.staff("62");
        var home = navigate("", ProvinceBoardView.class);
        assertThat(home.screen.provinceCode()).isEqualTo("62");
        assertThat(home.back.isVisible()).isFalse();
        assertThat(navigate("ringkasan", ProvinceBoardView.class).screen.provinceCode()).isEqualTo("62");
        var other = navigate("ringkasan/64", ProvinceBoardView.class);
        assertThat(other.screen.provinceCode()).isEqualTo("62");
        assertThat(other.screen.panel().board().regions()).allMatch(r -> r.provinceCode().equals("62"));
    }

    @Test
    void an_evaluator_opens_a_province_board_with_its_kabupaten_and_kota() {
        Users.evaluator();
        var view = navigate("ringkasan/62", ProvinceBoardView.class);
        var board = view.screen.panel().board();
        assertThat(board.provinceName()).isEqualTo("Kalimantan Tengah");
        assertThat(board.areas()).hasSize(15).allMatch(a -> a.provinceCode().equals("62"));
        assertThat(view.back.isVisible()).isTrue();
        assertThat(PageText.of(view)).contains("Ringkasan Kesiapan Pilkada Provinsi Kalimantan Tengah");
    }

    @Test
    void an_unknown_province_is_not_found() {
        Users.evaluator();
        navigate("ringkasan/99", Component.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("99");
    }

    @Test
    void a_change_somewhere_in_the_province_reaches_an_open_board() throws InterruptedException {
        Users.evaluator();
        var view = navigate("ringkasan/75", ProvinceBoardView.class);
        var panel = view.screen.panel();
        var before = panel.figureText(Figure.READINESS);

        // An item of the highest weight, so that the average moves visibly whatever was done before.
        var item = checklists.regionChecklist("75.02").items().stream()
                .filter(i -> i.status() != ItemStatus.SELESAI)
                .max(java.util.Comparator.comparingInt(i -> i.weight())).orElseThrow();
        checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, "uji papan", "https://gorontaloprov.go.id/b.pdf",
                item.version()));

        awaitPush(() -> !panel.figureText(Figure.READINESS).equals(before));
        assertThat(panel.figureText(Figure.READINESS)).isNotEqualTo(before);
    }
}
