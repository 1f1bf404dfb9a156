package id.go.kemendagri.siap.base.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named row of values, one per category of the {@link ChartModel} ({@code null} = no value).
 *
 * @param name        shown in the legend, the tooltip and the table's column header
 * @param values      one value per category, in the model's category order
 * @param color       CSS colour of the whole series ({@code #1f5fa8}), or {@code null} for the palette
 * @param pointColors one CSS colour per category (bands, donut slices), or an empty list; wins over {@code color}
 */
public record ChartSeries(String name, List<Double> values, String color, List<String> pointColors) {

    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(values, "values")));
        pointColors = pointColors == null ? List.of() : List.copyOf(pointColors);
        if (!pointColors.isEmpty() && pointColors.size() != values.size()) {
            throw new IllegalArgumentException("pointColors must have one colour per value");
        }
    }

    public static ChartSeries of(String name, List<? extends Number> values) {
        var doubles = new ArrayList<Double>(values.size());
        for (var value : values) {
            doubles.add(value == null ? null : value.doubleValue());
        }
        return new ChartSeries(name, doubles, null, List.of());
    }

    public static ChartSeries of(String name, double... values) {
        var doubles = new ArrayList<Double>(values.length);
        for (var value : values) {
            doubles.add(value);
        }
        return new ChartSeries(name, doubles, null, List.of());
    }

    public ChartSeries withColor(String cssColor) {
        return new ChartSeries(name, values, cssColor, pointColors);
    }

    public ChartSeries withPointColors(List<String> cssColors) {
        return new ChartSeries(name, values, color, cssColors);
    }
}
