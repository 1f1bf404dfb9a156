/**
 * Reusable chart and tile components for boards: {@link id.go.kemendagri.siap.base.ui.chart.EChart} (an
 * Apache ECharts web component fed with a typed {@link id.go.kemendagri.siap.base.ui.chart.ChartModel}),
 * {@link id.go.kemendagri.siap.base.ui.chart.ChartCard} (heading, chart, accessible table and CSV),
 * {@link id.go.kemendagri.siap.base.ui.chart.ProvinceTileMap} and
 * {@link id.go.kemendagri.siap.base.ui.chart.TileGrid} with {@link id.go.kemendagri.siap.base.ui.chart.TileLegend}.
 * See docs/charts.md.
 */
package id.go.kemendagri.siap.base.ui.chart;
