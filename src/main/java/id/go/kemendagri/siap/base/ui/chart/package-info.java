/**
 * Charts and tiles for boards: {@link id.go.kemendagri.siap.base.ui.chart.EChart} (an Apache ECharts web
 * component fed with a typed {@link id.go.kemendagri.siap.base.ui.chart.ChartModel}),
 * {@link id.go.kemendagri.siap.base.ui.chart.ChartCard} (heading, chart, accessible table and CSV, drawn once
 * as HTML and shared by every screen showing the same numbers), {@link id.go.kemendagri.siap.base.ui.chart.TileBoard}
 * (the province tile map of {@link id.go.kemendagri.siap.base.ui.chart.ProvinceTileMap} or a wrapping grid of
 * tiles, as HTML links) with {@link id.go.kemendagri.siap.base.ui.chart.TileLegend}, and
 * {@link id.go.kemendagri.siap.base.ui.chart.ChartScripts} (what they do in the browser alone). See docs/charts.md.
 */
package id.go.kemendagri.siap.base.ui.chart;
