package id.go.kemendagri.siap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;

import tools.jackson.databind.JsonNode;

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

        var option = (JsonNode) chart.getElement().getPropertyRaw("option");
        assertThat(option.path("series").get(0).path("data").get(1).path("text").asString()).isEqualTo("Rp22.500.000.000");
        assertThat(chart.getElement().getTag()).isEqualTo("siap-chart");
        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).startsWith("Dana hibah per provinsi: Aceh: Disepakati Rp1.500.000.000");

        chart.setModel(ChartModel.of(ChartKind.BAR, "Baru", List.of("Bali"), ValueFormat.PERCENT, ChartSeries.of("x", 50)));
        assertThat(((JsonNode) chart.getElement().getPropertyRaw("option")).path("siap").path("kind").asString()).isEqualTo("BAR");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Baru: Bali 50%");
    }

    @Test
    void the_card_holds_a_real_table_hidden_until_asked_for() {
        var card = new ChartCard("Dana hibah", MODEL);
        card.setCategoryHeader("Provinsi");

        var table = card.table();
        assertThat(table.getCaptionText()).isEqualTo("Dana hibah per provinsi");
        var header = table.getHead().getRows().getFirst();
        assertThat(texts(header)).containsExactly("Provinsi", "Disepakati", "Tersalur");
        assertThat(header.getHeaderCells()).allSatisfy(cell -> assertThat(cell.getElement().getAttribute("scope")).isEqualTo("col"));
        var rows = table.getBody().getRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).getHeaderCells().getFirst().getElement().getAttribute("scope")).isEqualTo("row");
        assertThat(texts(rows.get(1))).containsExactly("Kalimantan Tengah", "Rp22.500.000.000", "");

        assertThat(card.tableWrap().hasClassName(ChartCard.HIDDEN)).isTrue();
        assertThat(card.toggle().getText()).isEqualTo("Tampilkan tabel");
        assertThat(card.toggle().getElement().getAttribute("aria-controls")).isEqualTo(table.getId().orElseThrow());
        assertThat(card.toggle().getElement().getAttribute("aria-expanded")).isEqualTo("false");
        card.toggle().click();
        assertThat(card.tableWrap().hasClassName(ChartCard.HIDDEN)).isFalse();
        assertThat(card.toggle().getText()).isEqualTo("Sembunyikan tabel");
        assertThat(card.toggle().getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(card.csvLink().getText()).isEqualTo("Unduh CSV");

        card.setModel(ChartModel.of(ChartKind.DONUT, "Pita", List.of("Siap", "Rendah"), ValueFormat.NUMBER,
                ChartSeries.of("Daerah", 300, 14)));
        assertThat(table.getBody().getRows()).hasSize(2);
        assertThat(texts(table.getHead().getRows().getFirst())).containsExactly("Provinsi", "Daerah");
        assertThat(table.isVisible()).isTrue();
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
    void tiles_are_updated_in_place_and_report_clicks() {
        var map = new ProvinceTileMap();
        var clicks = new ArrayList<String>();
        map.addTileClickListener(clicks::add);
        map.setTiles(List.of(new Tile("11", "Aceh", "ACEH", "82%", Tile.BAND_SIAP, "41 dari 50 butir"),
                new Tile("62", "Kalimantan Tengah", "KALTENG", "55%", Tile.BAND_RENDAH, null)));

        var aceh = map.button("11").orElseThrow();
        Element acehLabel = aceh.getElement().getChild(0);
        assertThat(aceh.getElement().getTag()).isEqualTo("button");
        assertThat(aceh.getElement().getAttribute("aria-label")).isEqualTo("Aceh: 82%");
        assertThat(aceh.hasClassName("siap-tile")).isTrue();
        assertThat(aceh.hasClassName("band-siap")).isTrue();
        assertThat(aceh.getStyle().get("grid-row")).isEqualTo("1");
        assertThat(aceh.getStyle().get("grid-column")).isEqualTo("1");
        assertThat(aceh.tooltipText()).isEqualTo("Aceh: 82%\n41 dari 50 butir");

        map.setTiles(List.of(new Tile("11", "Aceh", "ACEH", "58%", Tile.BAND_RENDAH, ""),
                new Tile("62", "Kalimantan Tengah", "KALTENG", "55%", Tile.BAND_RENDAH, null)));

        assertThat(map.button("11").orElseThrow()).isSameAs(aceh);
        assertThat(aceh.getElement().getChild(0).getNode()).isSameAs(acehLabel.getNode());
        assertThat(aceh.getElement().getChild(1).getText()).isEqualTo("58%");
        assertThat(aceh.hasClassName("band-siap")).isFalse();
        assertThat(aceh.hasClassName("band-rendah")).isTrue();
        assertThat(aceh.getElement().getAttribute("aria-label")).isEqualTo("Aceh: 58%");
        assertThat(map.getTiles()).extracting(Tile::code).containsExactly("11", "62");

        ComponentUtil.fireEvent(aceh, new ClickEvent<>(aceh));
        assertThat(clicks).containsExactly("11");

        map.setTiles(List.of(new Tile("62", "Kalimantan Tengah", "KALTENG", "60%", Tile.BAND_SEDANG, null)));
        assertThat(map.button("11")).isEmpty();
        assertThat(aceh.getParent()).isEmpty();
        assertThatThrownBy(() -> map.setTiles(List.of(new Tile("99", "x", "x", "", null, ""))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_tile_grid_follows_the_order_it_is_given() {
        var grid = new TileGrid();
        grid.setTiles(List.of(tile("62.01"), tile("62.02"), tile("62.71")));
        var first = grid.button("62.01").orElseThrow();

        grid.setTiles(List.of(tile("62.71"), tile("62.01")));

        assertThat(grid.getChildren().toList()).containsExactly(grid.button("62.71").orElseThrow(), first);
        assertThat(grid.getTiles()).extracting(Tile::code).containsExactly("62.71", "62.01");
        assertThat(first.hasClassName(Tile.BAND_NONE)).isTrue();
        assertThatThrownBy(() -> new Tile("1", "n", "n", "", "band siap", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_legend_shows_a_swatch_per_variant() {
        var legend = new TileLegend(new TileLegend.Entry(Tile.BAND_SIAP, "Siap"), new TileLegend.Entry(Tile.BAND_NONE, "Belum ada data"));

        assertThat(legend.getChildren()).hasSize(2);
        var swatch = legend.getElement().getChild(0).getChild(0);
        assertThat(swatch.getClassList()).contains("siap-tile-swatch", "band-siap");
        assertThat(legend.getElement().getChild(1).getChild(1).getText()).isEqualTo("Belum ada data");
        assertThat(legend.getElement().getAttribute("aria-label")).isEqualTo("Keterangan warna");
    }

    private static Tile tile(String code) {
        return new Tile(code, "Wilayah " + code, code, "", null, "");
    }

    private static List<String> texts(NativeTableRow row) {
        return row.getAllCells().stream().map(cell -> cell instanceof NativeTableHeaderCell header ? header.getText()
                : ((NativeTableCell) cell).getText()).toList();
    }
}
