package id.go.kemendagri.siap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.go.kemendagri.siap.base.Formats;

class ChartModelTest {

    private static final List<String> PROVINCES = List.of("Aceh", "Bali");

    @Test
    void values_are_formatted_the_indonesian_way_on_the_server() {
        var id = Formats.INDONESIAN;
        assertThat(ValueFormat.NUMBER.format(1234567.0, id)).isEqualTo("1.234.567");
        assertThat(ValueFormat.NUMBER.format(12.25, id)).isEqualTo("12,3");
        assertThat(ValueFormat.PERCENT.format(82.5, id)).isEqualTo("82,5%");
        assertThat(ValueFormat.PERCENT.format(80.0, id)).isEqualTo("80%");
        assertThat(ValueFormat.RUPIAH.format(1234567890.0, id)).isEqualTo("Rp1.234.567.890");
        assertThat(ValueFormat.RUPIAH_COMPACT.format(28.74e12, id)).isEqualTo("Rp28,7 T");
        assertThat(ValueFormat.RUPIAH_COMPACT.format(940.5e9, id)).isEqualTo("Rp940,5 M");
        assertThat(ValueFormat.RUPIAH_COMPACT.format(12.3e6, id)).isEqualTo("Rp12,3 jt");
        assertThat(ValueFormat.RUPIAH_COMPACT.format(-5e6, id)).isEqualTo("-Rp5 jt");
        assertThat(ValueFormat.PERCENT.format(82.5, Formats.ENGLISH)).isEqualTo("82.5%");
        // english_amounts_use_bn_and_tn: "M" would read as million in English
        assertThat(ValueFormat.RUPIAH_COMPACT.format(940.5e9, Formats.ENGLISH)).isEqualTo("Rp940.5 bn");
        assertThat(ValueFormat.RUPIAH_COMPACT.format(28.74e12, Formats.ENGLISH)).isEqualTo("Rp28.7 tn");
        assertThat(ValueFormat.RUPIAH.plain(1234567.0, id)).isEqualTo("1.234.567");
        assertThat(ValueFormat.PERCENT.plain(82.5, id)).isEqualTo("82,5");
        assertThat(ValueFormat.NUMBER.format(null, id)).isEmpty();
    }

    @Test
    void a_bar_chart_becomes_an_echarts_option_with_formatted_texts_and_stable_series_ids() {
        var model = ChartModel.of(ChartKind.BAR, "Kesiapan", PROVINCES, ValueFormat.PERCENT,
                ChartSeries.of("Kesiapan", 82.5, 60).withPointColors(List.of("#1b5e20", "#b36200")));

        var option = ChartOptions.option(model, Formats.INDONESIAN);

        assertThat(option.path("siap").path("axisFormat").asString()).isEqualTo("percent");
        assertThat(option.path("siap").path("kind").asString()).isEqualTo("BAR");
        assertThat(option.path("xAxis").path("type").asString()).isEqualTo("category");
        assertThat(option.path("xAxis").path("data").get(1).asString()).isEqualTo("Bali");
        assertThat(option.path("yAxis").path("type").asString()).isEqualTo("value");
        var series = option.path("series").get(0);
        assertThat(series.path("id").asString()).isEqualTo("s0");
        assertThat(series.path("type").asString()).isEqualTo("bar");
        assertThat(series.path("data").get(0).path("value").asDouble()).isEqualTo(82.5);
        assertThat(series.path("data").get(0).path("text").asString()).isEqualTo("82,5%");
        assertThat(series.path("data").get(1).path("itemStyle").path("color").asString()).isEqualTo("#b36200");
        assertThat(option.path("legend").path("show").asBoolean()).isFalse();
    }

    @Test
    void horizontal_stacked_and_donut_charts() {
        var two = new ChartSeries[] {ChartSeries.of("Selesai", 10, 20).withColor("#1b5e20"), ChartSeries.of("Belum", Arrays.asList(5, null))};
        var horizontal = ChartOptions.option(ChartModel.of(ChartKind.HORIZONTAL_BAR, "", PROVINCES, ValueFormat.NUMBER, two),
                Formats.INDONESIAN);
        assertThat(horizontal.path("yAxis").path("type").asString()).isEqualTo("category");
        assertThat(horizontal.path("yAxis").path("inverse").asBoolean()).isTrue();
        assertThat(horizontal.path("xAxis").path("type").asString()).isEqualTo("value");
        assertThat(horizontal.path("legend").path("show").asBoolean()).isTrue();
        assertThat(horizontal.path("series").get(0).path("itemStyle").path("color").asString()).isEqualTo("#1b5e20");
        assertThat(horizontal.path("series").get(1).path("data").get(1).path("value").isNull()).isTrue();
        assertThat(horizontal.path("series").get(1).path("data").get(1).path("text").asString()).isEmpty();

        var stacked = ChartOptions.option(ChartModel.of(ChartKind.STACKED_BAR, "", PROVINCES, ValueFormat.NUMBER, two),
                Formats.INDONESIAN);
        assertThat(stacked.path("series").get(0).path("stack").asString()).isEqualTo("total");
        assertThat(stacked.path("series").get(1).path("stack").asString()).isEqualTo("total");

        var donut = ChartOptions.option(ChartModel.of(ChartKind.DONUT, "", PROVINCES, ValueFormat.RUPIAH, ChartSeries.of("Dana", 2e9, 1e9),
                ChartSeries.of("Ignored", 1, 1)), Formats.INDONESIAN);
        assertThat(donut.path("series")).hasSize(1);
        assertThat(donut.path("series").get(0).path("type").asString()).isEqualTo("pie");
        assertThat(donut.path("series").get(0).path("data").get(0).path("name").asString()).isEqualTo("Aceh");
        assertThat(donut.path("series").get(0).path("data").get(0).path("text").asString()).isEqualTo("Rp2.000.000.000");
        assertThat(donut.path("tooltip").path("trigger").asString()).isEqualTo("item");
        assertThat(donut.has("xAxis")).isFalse();
    }

    @Test
    void the_aria_summary_reads_every_value() {
        var one = ChartModel.of(ChartKind.BAR, "Kesiapan", PROVINCES, ValueFormat.PERCENT, ChartSeries.of("Kesiapan", 82.5, 60));
        assertThat(ChartOptions.summary(one, Formats.INDONESIAN)).isEqualTo("Kesiapan: Aceh 82,5%; Bali 60%");
        var two = ChartModel.of(ChartKind.STACKED_BAR, "Butir", PROVINCES, ValueFormat.NUMBER, ChartSeries.of("Selesai", 10, 20),
                ChartSeries.of("Belum", Arrays.asList(5, null)));
        assertThat(ChartOptions.summary(two, Formats.INDONESIAN))
                .isEqualTo("Butir: Aceh: Selesai 10, Belum 5; Bali: Selesai 20, Belum –");
    }

    @Test
    void a_series_needs_one_value_per_category() {
        assertThatThrownBy(() -> ChartModel.of(ChartKind.BAR, "x", PROVINCES, ValueFormat.NUMBER, ChartSeries.of("a", 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChartSeries.of("a", 1, 2).withPointColors(List.of("#000")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ChartSeries.of("a", Arrays.asList(1L, null, 3)).values()).containsExactly(1.0, null, 3.0);
    }
}
