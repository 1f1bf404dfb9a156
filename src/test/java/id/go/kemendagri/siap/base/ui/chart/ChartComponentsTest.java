package id.go.kemendagri.siap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.support.LitElements;
import id.go.kemendagri.siap.support.UiTest;

/** The chart and tile components in a Vaadin UI without a browser (translations from the real bundles). */
class ChartComponentsTest extends UiTest {

    private static final ChartModel MODEL = ChartModel.of(ChartKind.HORIZONTAL_BAR, "Dana hibah per provinsi",
            List.of("Aceh", "Kalimantan Tengah"), ValueFormat.RUPIAH, ChartSeries.of("Disepakati", 1.5e9, 2.25e10),
            ChartSeries.of("Tersalur", java.util.Arrays.asList(1e9, null)));

    @Test
    void the_chart_element_gets_the_option_role_and_a_spoken_summary() {
        var chart = new EChart(MODEL);

        assertThat(option(chart).path("series").get(0).path("data").get(1).path("text").asString()).isEqualTo("Rp22.500.000.000");
        assertThat(chart.getElement().getTag()).isEqualTo("siap-chart");
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).startsWith("Dana hibah per provinsi: Aceh: Disepakati Rp1.500.000.000");

        chart.setModel(ChartModel.of(ChartKind.BAR, "Baru", List.of("Bali"), ValueFormat.PERCENT, ChartSeries.of("x", 50)));
        assertThat(option(chart).path("siap").path("kind").asString()).isEqualTo("BAR");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Baru: Bali 50%");
    }

    @Test
    void a_drawing_is_shared_by_the_charts_that_show_it() {
        var drawing = EChart.Drawing.of(MODEL, Formats.INDONESIAN);
        var one = new EChart();
        var other = new EChart();
        one.show(drawing);
        other.show(drawing);
        assertThat(one.getElement().getProperty("option")).isSameAs(other.getElement().getProperty("option"));
    }

    @Test
    void the_card_holds_a_real_table_hidden_until_asked_for() {
        var drawing = ChartCard.draw("hibah", new ChartCard.Labels("Dana hibah", "Provinsi", null), MODEL,
                Formats.INDONESIAN, this::translate);
        var card = new ChartCard();
        card.show(drawing);

        assertThat(card.getElement().getTag()).isEqualTo("siap-chart-card");
        var fed = LitElements.bean(card, "card");
        assertThat(fed).containsEntry("id", "hibah").containsEntry("heading", "Dana hibah")
                .containsEntry("caption", "Dana hibah per provinsi")
                .containsEntry("headers", List.of("Provinsi", "Disepakati", "Tersalur"))
                .containsEntry("showTable", "Tampilkan tabel").containsEntry("hideTable", "Sembunyikan tabel")
                .containsEntry("csvLabel", "Unduh CSV").containsEntry("csvName", "dana-hibah.csv");
        assertThat(fed.get("rows")).isEqualTo(List.of(Map.of("header", "Aceh", "cells", List.of("Rp1.500.000.000", "Rp1.000.000.000")),
                Map.of("header", "Kalimantan Tengah", "cells", List.of("Rp22.500.000.000", ""))));
        assertThat((String) fed.get("summary")).startsWith("Dana hibah per provinsi: Aceh: Disepakati Rp1.500.000.000");
        assertThat(JsonMapper.shared().readTree((String) fed.get("option")).path("siap").path("kind").asString())
                .isEqualTo("HORIZONTAL_BAR");
        var href = (String) fed.get("csvHref");
        assertThat(URLDecoder.decode(href.substring("data:text/csv;charset=utf-8,".length()), StandardCharsets.UTF_8))
                .isEqualTo(new String(ChartCard.csv(MODEL, "Provinsi", Formats.INDONESIAN), StandardCharsets.UTF_8));

        // The browser shows and hides the table and tells the server.
        assertThat(card.isTableShown()).isFalse();
        LitElements.fire(card, "siap-table-toggle", Map.of("event.detail.shown", true));
        assertThat(card.isTableShown()).isTrue();

        // One server-side element whatever the numbers; another card showing the drawing shares its JSON.
        assertThat(card.getElement().getChildCount()).isZero();
        var other = new ChartCard();
        other.show(drawing);
        assertThat(other.getElement().getPropertyRaw("card")).isSameAs(card.getElement().getPropertyRaw("card"));
    }

    @Test
    void the_csv_holds_the_table_in_indonesian_notation() {
        var csv = new String(ChartCard.csv(MODEL, "Provinsi", Formats.INDONESIAN), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\ufeff");
        assertThat(csv.substring(1)).isEqualTo("""
                Provinsi;Disepakati;Tersalur\r
                Aceh;1.500.000.000;1.000.000.000\r
                Kalimantan Tengah;22.500.000.000;\r
                """);
    }

    @Test
    void a_category_or_series_name_that_is_a_formula_is_text_in_the_csv_and_negative_values_stay_numbers() {
        var model = ChartModel.of(ChartKind.BAR, "Uji", List.of("=cmd|' /C calc'!A0", "Aceh"), ValueFormat.NUMBER,
                ChartSeries.of("@SUM(A1:A2)", -1234, 5.5));

        var csv = new String(ChartCard.csv(model, "+Wilayah", Formats.INDONESIAN), StandardCharsets.UTF_8);

        assertThat(csv.substring(1)).isEqualTo("""
                '+Wilayah;'@SUM(A1:A2)\r
                '=cmd|' /C calc'!A0;-1.234\r
                Aceh;5,5\r
                """);
    }

    @Test
    void province_tiles_are_placed_with_their_name_value_and_details() {
        var board = new TileBoard();
        board.show(TileBoard.provinceMap(List.of(
                new Tile("11", "Aceh", "ACEH", "82%", Tile.BAND_SIAP, "41 dari 50 butir"),
                new Tile("62", "Kalimantan <Tengah>", "KALTENG", "55%", Tile.BAND_RENDAH, null)),
                "Peta", tile -> "ringkasan/" + tile.code()));

        assertThat(board.getElement().getTag()).isEqualTo("siap-tile-map");
        assertThat(board.getElement().getProperty("layout")).isEqualTo("map");
        assertThat(board.getElement().getProperty("label")).isEqualTo("Peta");
        var tiles = LitElements.list(board, "tiles");
        assertThat(tiles.get(0)).containsEntry("code", "11").containsEntry("label", "ACEH").containsEntry("value", "82%")
                .containsEntry("variant", "band-siap").containsEntry("name", "Aceh").containsEntry("tip", "41 dari 50 butir")
                .containsEntry("href", "ringkasan/11").containsEntry("row", 1).containsEntry("column", 1);
        // Names are data: the element's template escapes them.
        assertThat(tiles.get(1)).containsEntry("name", "Kalimantan <Tengah>").containsEntry("tip", "");

        assertThatThrownBy(() -> TileBoard.provinceMap(List.of(new Tile("99", "x", "x", "", null, "")), "", t -> ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TileBoard.grid(List.of(tile("62.01"), tile("62.01")), "", t -> ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tile_grid_follows_the_order_it_is_given_and_a_tile_opened_comes_back_as_its_code() {
        var board = new TileBoard();
        board.show(TileBoard.grid(List.of(tile("62.71"), tile("62.01")), "Petak", tile -> "wilayah/" + tile.code()));

        assertThat(board.getElement().getProperty("layout")).isEqualTo("grid");
        assertThat(LitElements.list(board, "tiles")).extracting(t -> t.get("code")).containsExactly("62.71", "62.01");
        assertThat(LitElements.list(board, "tiles").get(0)).containsEntry("variant", Tile.BAND_NONE).containsEntry("row", 0);
        assertThatThrownBy(() -> new Tile("1", "n", "n", "", "band siap", "")).isInstanceOf(IllegalArgumentException.class);

        var opened = new java.util.ArrayList<String>();
        board.addOpenListener(event -> opened.add(event.code()));
        LitElements.fire(board, "siap-open", Map.of("event.detail.code", "62.01"));
        assertThat(opened).containsExactly("62.01");
    }

    @Test
    void the_legend_shows_a_swatch_per_variant() {
        var board = new TileBoard();
        board.show(TileBoard.grid(List.of(tile("62.01")), "Petak", t -> "").withLegend("Keterangan warna",
                List.of(new TileBoard.LegendEntry(Tile.BAND_SIAP, "Siap"), new TileBoard.LegendEntry(Tile.BAND_NONE,
                        "Belum ada data")), "Pilih petak"));

        assertThat(board.getElement().getProperty("legendLabel")).isEqualTo("Keterangan warna");
        assertThat(board.getElement().getProperty("note")).isEqualTo("Pilih petak");
        assertThat(LitElements.list(board, "legend")).containsExactly(Map.of("variant", "band-siap", "label", "Siap"),
                Map.of("variant", "band-none", "label", "Belum ada data"));
    }

    private String translate(String key) {
        return new com.vaadin.flow.component.html.Span().getTranslation(key);
    }

    private static JsonNode option(EChart chart) {
        return JsonMapper.shared().readTree(chart.getElement().getProperty("option"));
    }

    private static Tile tile(String code) {
        return new Tile(code, "Wilayah " + code, code, "", null, "");
    }
}
