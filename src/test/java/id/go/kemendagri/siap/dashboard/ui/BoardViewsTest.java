package id.go.kemendagri.siap.dashboard.ui;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;

import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.dashboard.BoardService.Figure;
import id.go.kemendagri.siap.region.ElectionStage;
import id.go.kemendagri.siap.region.ElectionStages;
import id.go.kemendagri.siap.region.StageDates;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.PageText;
import id.go.kemendagri.siap.support.UiTest;
import id.go.kemendagri.siap.support.Users;

/**
 * The boards in the browserless UI: who lands where, what the Lit components are fed (read back from their
 * properties), tiles and list rows opened (and forged opens refused), a province board, and a live update arriving.
 */
class BoardViewsTest extends UiTest {

    @Autowired
    ChecklistService checklists;
    @Autowired
    id.go.kemendagri.siap.region.VulnerabilityService vulnerability;


    @Test
    void leadership_land_on_the_national_board() {
        Users.leadership();
        var view = navigate("", NationalBoardView.class);
        var board = view.screen.panel().board();
        assertThat(board.national()).isTrue();
        assertThat(board.areas()).hasSize(38);
        assertThat(view.screen.panel().figureText(Figure.READY)).contains("545");
        assertThat(PageText.of(view)).contains("Ringkasan Nasional Kesiapan Pilkada");
        // the test clock stands in January 2026, after the 2024 cycle's last stage
        assertThat(PageText.of(view)).contains("Tidak ada tahapan yang berjalan hari ini · Semua tahapan siklus ini telah selesai");
        var panel = view.screen.panel();
        assertThat(panel.stageText(new ElectionStages.Now(
                Optional.of(new StageDates(ElectionStage.CAMPAIGN, LocalDate.of(2024, 9, 25), LocalDate.of(2024, 11, 23))),
                Optional.of(new StageDates(ElectionStage.QUIET_DAYS, LocalDate.of(2024, 11, 24), LocalDate.of(2024, 11, 26))))))
                .isEqualTo("Tahapan: Kampanye (25 Sep 2024 – 23 Nov 2024) · Berikutnya: Masa tenang, mulai 24 Nov 2024");
        var cards = LitElements.list(view.screen.panel().figures, "cards");
        assertThat(cards).extracting(card -> card.get("title")).containsExactly("Wilayah siap", "Rata-rata kesiapan terverifikasi",
                "NPHD ditandatangani", "Dipimpin Penjabat (Pj)", "Lewat tenggat");
        assertThat(cards.get(0)).containsEntry("name", "ready");
        assertThat((String) cards.get(0).get("value")).contains("545");
        assertThat((String) cards.get(0).get("updated")).startsWith("Diperbarui");
        assertThat(((Number) cards.get(0).get("changedAt")).longValue()).isPositive();
        assertThat(LitElements.bean(view.screen.panel().figures, "ages")).containsEntry("now", "baru saja")
                .containsEntry("minutes", "{0} menit lalu");
    }

    @Test
    void evaluators_land_on_the_home_page_with_its_cards() {
        Users.evaluator();
        var home = navigate("", HomeView.class);
        var cards = LitElements.list(home.tiles, "cards");
        assertThat(cards).extracting(card -> card.get("name")).containsExactly("regions", "pilkada", "contacts");
        assertThat(cards).allSatisfy(card -> {
            assertThat(card).containsEntry("updated", "");
            assertThat(((Number) card.get("changedAt")).longValue()).isZero();
        });
        assertThat(cards.get(0)).containsEntry("title", "Wilayah");
    }

    @Test
    void the_parts_are_fed_with_records_tiles_charts_and_lists() {
        Users.leadership();
        var panel = navigate("ringkasan", NationalBoardView.class).screen.panel();

        var tiles = LitElements.list(panel.map, "tiles");
        assertThat(tiles).hasSize(38);
        var kalteng = tiles.stream().filter(t -> t.get("code").equals("62")).findFirst().orElseThrow();
        assertThat(kalteng).containsEntry("label", "KALTENG").containsEntry("name", "Kalimantan Tengah")
                .containsEntry("href", "ringkasan/62").containsEntry("row", 3).containsEntry("column", 5);
        assertThat((String) kalteng.get("variant")).startsWith("band-");
        assertThat(panel.map.getElement().getProperty("layout")).isEqualTo("map");
        assertThat(LitElements.list(panel.map, "legend")).hasSize(4).allSatisfy(entry ->
                assertThat((String) entry.get("variant")).startsWith("band-"));

        var card = LitElements.bean(panel.charts.bands, "card");
        assertThat(card).containsEntry("showTable", "Tampilkan tabel").containsEntry("csvLabel", "Unduh CSV")
                .containsEntry("csvName", "kategori-kesiapan.csv");
        assertThat((List<?>) card.get("rows")).hasSize(4);

        var lists = LitElements.list(panel.lists, "lists");
        assertThat(lists).extracting(list -> list.get("name")).containsExactly("this-week", "aged", "least-ready",
                "upcoming", "overdue");
        assertThat(lists.get(2)).containsEntry("title", "Wilayah paling belum siap");
        @SuppressWarnings("unchecked")
        var row = ((List<Map<String, Object>>) lists.get(2).get("rows")).get(0);
        @SuppressWarnings("unchecked")
        var cells = (List<Map<String, Object>>) row.get("cells");
        assertThat(cells.get(0)).containsEntry("kind", "region");
        assertThat(cells.get(1)).containsEntry("kind", "num");
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

        // Another screen of the same board (a second tab, another leader) holds the same JSON, not a copy.
        var second = navigate("tentang", com.vaadin.flow.component.Component.class);
        assertThat(second).isNotNull();
        var again = navigate("ringkasan", NationalBoardView.class);
        assertThat(again).isNotSameAs(first);
        var panel = again.screen.panel();
        assertThat(panel.drawing()).isSameAs(drawing);
        var firstPanel = first.screen.panel();
        assertThat(panel.figures.getElement().getPropertyRaw("cards"))
                .isSameAs(firstPanel.figures.getElement().getPropertyRaw("cards"));
        assertThat(panel.map.getElement().getPropertyRaw("tiles")).isSameAs(firstPanel.map.getElement().getPropertyRaw("tiles"));
        assertThat(panel.lists.getElement().getPropertyRaw("lists"))
                .isSameAs(firstPanel.lists.getElement().getPropertyRaw("lists"));
        assertThat(panel.charts.funds.getElement().getPropertyRaw("card"))
                .isSameAs(firstPanel.charts.funds.getElement().getPropertyRaw("card"));
    }

    @Test
    void a_province_tile_opens_the_province_board_and_a_list_row_the_region_page() {
        Users.evaluator();
        var view = navigate("ringkasan", NationalBoardView.class);
        LitElements.fire(view.screen.panel().map, "siap-open", Map.of("event.detail.code", "62"));
        var province = (ProvinceBoardView) getCurrentView();
        assertThat(province.screen.provinceCode()).isEqualTo("62");

        var code = (String) LitElements.list(province.screen.panel().map, "tiles").get(1).get("code");
        assertThat(code).startsWith("62.");
        LitElements.fire(province.screen.panel().map, "siap-open", Map.of("event.detail.code", code));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("RegionView");

        var board = navigate("ringkasan/62", ProvinceBoardView.class);
        var listed = board.screen.panel().board().leastReady().getFirst().code();
        LitElements.fire(board.screen.panel().lists, "siap-open", Map.of("event.detail.code", listed));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("RegionView");
    }

    @Test
    void opening_a_region_the_board_does_not_show_or_the_user_may_not_read_is_refused() {
        Users.evaluator();
        var board = navigate("ringkasan/62", ProvinceBoardView.class);
        var screen = board.screen;
        // A region of another province, a made-up code, nothing: the board stays.
        for (var forged : java.util.Arrays.asList("64.01", "62.99", "<script>", null)) {
            var data = new java.util.HashMap<String, Object>();
            data.put("event.detail.code", forged);
            LitElements.fire(screen.panel().map, "siap-open", data);
            LitElements.fire(screen.panel().lists, "siap-open", data);
            assertThat(getCurrentView()).isSameAs(board);
        }
        assertThat(screen.open("64.01", false)).isFalse();

        // Provincial staff of 62 on their board: a region of their province opens; nothing outside it does,
        // even when a board once drew it.
        Users.staff("62");
        var own = navigate("ringkasan/62", ProvinceBoardView.class);
        assertThat(own.screen.open("64", true)).isFalse();
        assertThat(own.screen.open("62.01", false)).isTrue();
    }

    @Test
    void provincial_staff_get_their_province_board_whatever_board_they_ask_for() {
        Users.staff("62");
        // Staff land on the start page with their queues (HomeViewTest), which links to their board.
        navigate("", HomeView.class);
        var own = navigate("ringkasan", ProvinceBoardView.class);
        assertThat(own.screen.provinceCode()).isEqualTo("62");
        assertThat(own.back.isVisible()).isFalse();
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
    void the_ikp_filter_fades_the_tiles_without_the_level_on_both_boards() {
        Users.evaluator();
        var level = id.go.kemendagri.siap.region.VulnerabilityLevel.TINGGI;
        var version = vulnerability.find("63.06").map(id.go.kemendagri.siap.region.VulnerabilityDetails::version).orElse(null);
        vulnerability.save("63.06", new id.go.kemendagri.siap.region.VulnerabilityDraft(level, "Bawaslu RI, IKP 2024",
                java.time.LocalDate.of(2024, 8, 26), version));

        var view = navigate("ringkasan/63", ProvinceBoardView.class);
        var panel = view.screen.panel();
        var all = panel.map.drawing();
        assertThat(all.tiles()).noneMatch(t -> t.variant().contains(BoardPanel.FADED));
        assertThat(all.tiles()).filteredOn(t -> t.code().equals("63.06")).singleElement()
                .satisfies(t -> assertThat(t.tip()).contains("IKP: Kerawanan tinggi"));

        panel.vulnerability.setValue(level);
        var filtered = panel.map.drawing();
        assertThat(filtered.tiles()).filteredOn(t -> t.code().equals("63.06")).singleElement()
                .satisfies(t -> assertThat(t.variant()).doesNotContain(BoardPanel.FADED));
        var board = panel.board();
        assertThat(filtered.tiles()).filteredOn(t -> board.vulnerability().get(t.code()) != level)
                .isNotEmpty().allMatch(t -> t.variant().contains(BoardPanel.FADED));
        assertThat(filtered.note()).startsWith("Kerawanan tinggi:");

        var national = navigate("ringkasan", NationalBoardView.class).screen.panel();
        national.vulnerability.setValue(level);
        assertThat(national.map.drawing().tiles()).filteredOn(t -> t.code().equals("63")).singleElement()
                .satisfies(t -> assertThat(t.variant()).doesNotContain(BoardPanel.FADED));
        panel.vulnerability.clear();
        assertThat(panel.map.drawing()).isSameAs(all);
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
                .filter(i -> i.status() != ItemStatus.SELESAI && !i.sourceBound())
                .max(java.util.Comparator.comparingInt(i -> i.weight())).orElseThrow();
        checklists.update(item.id(), new ChecklistItemDraft(ItemStatus.SELESAI, "uji papan", "https://gorontaloprov.go.id/b.pdf",
                item.version()));

        awaitPush(() -> !panel.figureText(Figure.READINESS).equals(before));
        assertThat(panel.figureText(Figure.READINESS)).isNotEqualTo(before);
    }

}
