package id.go.kemendagri.siap.base.ui.chart;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import id.go.kemendagri.siap.base.Formats;

/**
 * Turns a {@link ChartModel} into the ECharts option that {@code <siap-chart>} draws, and into the sentence
 * that screen readers hear. Every data item carries its formatted value in {@code text}: the browser shows
 * that in tooltips and labels instead of formatting numbers itself.
 */
final class ChartOptions {

    /** Colours with at least 3:1 contrast on white, so that bars and slices stand out (WCAG 1.4.11). */
    static final List<String> PALETTE = List.of("#1f5fa8", "#b36200", "#2e7d32", "#7b3fa0", "#c62828", "#00838f",
            "#5f6b7a", "#8d6e00");
    private static final int MAX_LABELLED_BARS = 24;

    private ChartOptions() {
    }

    static ObjectNode option(ChartModel model, Locale locale) {
        var json = JsonNodeFactory.instance;
        var option = json.objectNode();
        var siap = option.putObject("siap");
        siap.put("kind", model.kind().name());
        siap.put("axisFormat", model.format().axisFormat());
        siap.put("locale", Formats.normalise(locale).toLanguageTag());
        var color = option.putArray("color");
        PALETTE.forEach(color::add);
        var drawn = model.drawnSeries();
        var legend = option.putObject("legend");
        var showLegend = drawn.size() > 1 || model.kind() == ChartKind.DONUT;
        legend.put("show", showLegend);
        legend.put("type", "scroll");
        legend.put("bottom", 0);
        var tooltip = option.putObject("tooltip");
        if (model.kind() == ChartKind.DONUT) {
            tooltip.put("trigger", "item");
            donut(option, model, locale);
            return option;
        }
        tooltip.put("trigger", "axis");
        tooltip.putObject("axisPointer").put("type", "shadow");
        var horizontal = model.kind() == ChartKind.HORIZONTAL_BAR;
        var labelled = model.kind() != ChartKind.STACKED_BAR
                && model.categories().size() * drawn.size() <= MAX_LABELLED_BARS;
        var grid = option.putObject("grid");
        // "same": axis labels stay inside these margins (ECharts 6's successor of containLabel).
        grid.put("outerBoundsMode", "same");
        grid.put("left", 8);
        grid.put("right", horizontal && labelled ? 72 : 24);
        // Grouped upright bars carry their labels upright above them, so that neighbours' labels never overlap.
        var upright = labelled && !horizontal && drawn.size() > 1;
        grid.put("top", upright ? 72 : 24);
        grid.put("bottom", showLegend ? 36 : 8);
        var categoryAxis = option.putObject(horizontal ? "yAxis" : "xAxis");
        categoryAxis.put("type", "category");
        var data = categoryAxis.putArray("data");
        model.categories().forEach(data::add);
        var labels = categoryAxis.putObject("axisLabel");
        labels.put("interval", 0);
        if (horizontal) {
            categoryAxis.put("inverse", true);
            labels.put("width", 140);
            labels.put("overflow", "truncate");
        } else {
            // Every name shown: wrapped under few bars, slanted and shortened under many (the tooltip has it in full).
            var many = model.categories().size() > 5;
            labels.put("width", many ? 110 : 96);
            labels.put("overflow", many ? "truncate" : "break");
            if (many) {
                labels.put("rotate", 30);
            }
        }
        // Ticks that would touch are left out (a phone's width): "0 100 200", never "0100200".
        var valueAxis = option.putObject(horizontal ? "xAxis" : "yAxis");
        valueAxis.put("type", "value");
        valueAxis.putObject("axisLabel").put("hideOverlap", true);
        var series = option.putArray("series");
        for (var i = 0; i < drawn.size(); i++) {
            var one = drawn.get(i);
            var node = series.addObject();
            node.put("id", "s" + i);
            node.put("name", one.name());
            node.put("type", "bar");
            if (model.kind() == ChartKind.STACKED_BAR) {
                node.put("stack", "total");
            }
            if (one.color() != null) {
                node.putObject("itemStyle").put("color", one.color());
            }
            if (labelled) {
                var label = node.putObject("label");
                label.put("show", true);
                label.put("position", horizontal ? "right" : "top");
                if (upright) {
                    label.put("rotate", 90);
                    label.put("align", "left");
                    label.put("verticalAlign", "middle");
                    label.put("distance", 4);
                }
                // A value label that would lie over another is left out (the tooltip and the table have it).
                node.putObject("labelLayout").put("hideOverlap", true);
            }
            var values = node.putArray("data");
            for (var c = 0; c < one.values().size(); c++) {
                item(values.addObject(), model, one, c, locale);
            }
        }
        return option;
    }

    private static void donut(ObjectNode option, ChartModel model, Locale locale) {
        var series = option.putArray("series");
        if (model.series().isEmpty()) {
            return;
        }
        var one = model.series().getFirst();
        var node = series.addObject();
        node.put("id", "s0");
        node.put("name", one.name());
        node.put("type", "pie");
        var radius = node.putArray("radius");
        radius.add("38%");
        radius.add("58%");
        var center = node.putArray("center");
        center.add("50%");
        center.add("45%");
        node.put("avoidLabelOverlap", true);
        // Labels stay inside the chart at any width: aligned to its edges, wrapped to the room beside the ring,
        // and left out where they would still overlap (a thin slice on a phone; the legend and table have it).
        var label = node.putObject("label");
        label.put("show", true);
        label.put("alignTo", "edge");
        label.put("edgeDistance", 8);
        label.put("minMargin", 4);
        label.put("overflow", "break");
        label.put("lineHeight", 15);
        node.putObject("labelLayout").put("hideOverlap", true);
        node.putObject("labelLine").put("length2", 8);
        var values = node.putArray("data");
        for (var c = 0; c < one.values().size(); c++) {
            item(values.addObject().put("name", model.categories().get(c)), model, one, c, locale);
        }
    }

    /** One data item: the value ({@code null} for none), its formatted text, and its own colour if any. */
    private static void item(ObjectNode item, ChartModel model, ChartSeries series, int index, Locale locale) {
        var value = series.values().get(index);
        if (value == null) {
            item.putNull("value");
        } else {
            item.put("value", value);
        }
        item.put("text", model.format().format(value, locale));
        if (!series.pointColors().isEmpty()) {
            item.putObject("itemStyle").put("color", series.pointColors().get(index));
        }
    }

    /**
     * The chart in one sentence for its aria-label: {@code "Kesiapan per provinsi: Aceh 82%; Bali 75%"}, or
     * with several series {@code "...: Aceh: Selesai 10, Belum 2; ..."}.
     */
    static String summary(ChartModel model, Locale locale) {
        var drawn = model.drawnSeries();
        var items = new StringJoiner("; ");
        for (var c = 0; c < model.categories().size(); c++) {
            var category = model.categories().get(c);
            if (drawn.size() == 1) {
                items.add(category + " " + text(model, drawn.getFirst(), c, locale));
            } else {
                var values = new StringJoiner(", ");
                for (var one : drawn) {
                    values.add(one.name() + " " + text(model, one, c, locale));
                }
                items.add(category + ": " + values);
            }
        }
        var title = model.title().isBlank() ? "" : model.title() + ": ";
        return title + items;
    }

    private static String text(ChartModel model, ChartSeries series, int index, Locale locale) {
        var text = model.format().format(series.values().get(index), locale);
        return text.isEmpty() ? "–" : text;
    }
}
