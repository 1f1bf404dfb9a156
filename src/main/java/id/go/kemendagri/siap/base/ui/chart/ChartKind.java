package id.go.kemendagri.siap.base.ui.chart;

/** The chart shapes {@link EChart} draws. */
public enum ChartKind {
    /** Vertical bars, one group per category, one bar per series. */
    BAR,
    /** Horizontal bars (categories down the side): good for long region names. */
    HORIZONTAL_BAR,
    /** Vertical bars with the series stacked on each other (parts of a whole per category). */
    STACKED_BAR,
    /** A ring of the first series' values, one slice per category. */
    DONUT
}
