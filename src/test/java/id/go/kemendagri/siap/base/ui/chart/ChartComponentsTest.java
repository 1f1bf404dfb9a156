package id.go.kemendagri.siap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import id.go.kemendagri.siap.base.Formats;
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

        var html = Jsoup.parseBodyFragment(drawing.html());
        var table = html.selectFirst("table#chart-table-hibah");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Dana hibah per provinsi");
        assertThat(table.select("thead th")).extracting(e -> e.text()).containsExactly("Provinsi", "Disepakati", "Tersalur");
        assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        var rows = table.select("tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).selectFirst("th").attr("scope")).isEqualTo("row");
        assertThat(rows.get(1).children()).extracting(e -> e.text()).containsExactly("Kalimantan Tengah", "Rp22.500.000.000", "");
        assertThat(html.selectFirst("h3.chart-card-heading").text()).isEqualTo("Dana hibah");

        // Hidden until the button, which the browser handles (ChartScripts), puts "table-shown" on the card.
        var toggle = html.selectFirst("[data-siap-toggle=table]");
        assertThat(toggle.attr("aria-controls")).isEqualTo("chart-table-hibah");
        assertThat(toggle.attr("aria-expanded")).isEqualTo("false");
        assertThat(toggle.selectFirst(".when-hidden").text()).isEqualTo("Tampilkan tabel");
        assertThat(toggle.selectFirst(".when-shown").text()).isEqualTo("Sembunyikan tabel");
        assertThat(ChartScripts.SCRIPT).contains("classList.toggle('" + ChartCard.TABLE_SHOWN + "')");

        var csv = html.selectFirst("a.chart-csv");
        assertThat(csv.text()).isEqualTo("Unduh CSV");
        assertThat(csv.attr("download")).isEqualTo("dana-hibah.csv");
        assertThat(URLDecoder.decode(csv.attr("href").substring("data:text/csv;charset=utf-8,".length()), StandardCharsets.UTF_8))
                .isEqualTo(new String(ChartCard.csv(MODEL, "Provinsi", Formats.INDONESIAN), StandardCharsets.UTF_8));

        // Three server-side elements whatever the numbers: the card, its HTML and the chart.
        assertThat(card.getElement().getChildCount()).isEqualTo(2);
        assertThat(card.getElement().getChild(0).getProperty("innerHTML")).isSameAs(drawing.html());
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
    void province_tiles_are_placed_links_with_their_name_value_and_details() {
        var html = Jsoup.parseBodyFragment(TileBoard.provinceMap(List.of(
                new Tile("11", "Aceh", "ACEH", "82%", Tile.BAND_SIAP, "41 dari 50 butir"),
                new Tile("62", "Kalimantan <Tengah>", "KALTENG", "55%", Tile.BAND_RENDAH, null)),
                "Peta", tile -> "ringkasan/" + tile.code()));

        var board = html.selectFirst("div.siap-tile-board.siap-province-map");
        assertThat(board.attr("role")).isEqualTo("group");
        assertThat(board.attr("aria-label")).isEqualTo("Peta");
        var aceh = board.selectFirst("a[data-code=11]");
        assertThat(aceh.attr("href")).isEqualTo("ringkasan/11");
        assertThat(aceh.hasAttr("router-link")).isTrue();
        assertThat(aceh.classNames()).contains("siap-tile", "band-siap");
        assertThat(aceh.attr("aria-label")).isEqualTo("Aceh: 82%");
        assertThat(aceh.attr("aria-description")).isEqualTo("41 dari 50 butir");
        assertThat(aceh.attr("data-tip")).isEqualTo("Aceh: 82%\n41 dari 50 butir");
        assertThat(aceh.attr("style")).isEqualTo("grid-row:1;grid-column:1");
        assertThat(aceh.select("span")).extracting(e -> e.text()).containsExactly("ACEH", "82%");
        // Names are text, never markup.
        assertThat(board.selectFirst("a[data-code=62]").attr("aria-label")).isEqualTo("Kalimantan <Tengah>: 55%");
        assertThat(board.select("a[data-code=62] *")).noneMatch(e -> e.tagName().equals("tengah"));

        assertThatThrownBy(() -> TileBoard.provinceMap(List.of(new Tile("99", "x", "x", "", null, "")), "", t -> ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TileBoard.grid(List.of(tile("62.01"), tile("62.01")), "", t -> ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tile_grid_follows_the_order_it_is_given() {
        var html = Jsoup.parseBodyFragment(TileBoard.grid(List.of(tile("62.71"), tile("62.01")), "Petak",
                tile -> "wilayah/" + tile.code()));

        assertThat(html.select("a.siap-tile")).extracting(e -> e.attr("data-code")).containsExactly("62.71", "62.01");
        assertThat(html.selectFirst("a.siap-tile").classNames()).contains(Tile.BAND_NONE);
        assertThat(html.selectFirst("a.siap-tile").hasAttr("style")).isFalse();
        assertThatThrownBy(() -> new Tile("1", "n", "n", "", "band siap", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_legend_shows_a_swatch_per_variant() {
        var html = Jsoup.parseBodyFragment(TileLegend.html(List.of(new TileLegend.Entry(Tile.BAND_SIAP, "Siap"),
                new TileLegend.Entry(Tile.BAND_NONE, "Belum ada data")), "Keterangan warna"));

        var legend = html.selectFirst(".siap-tile-legend");
        assertThat(legend.attr("aria-label")).isEqualTo("Keterangan warna");
        assertThat(legend.select("[role=listitem]")).hasSize(2);
        assertThat(legend.selectFirst(".siap-tile-swatch").classNames()).contains("band-siap");
        assertThat(legend.select("[role=listitem]").get(1).text()).isEqualTo("Belum ada data");
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
