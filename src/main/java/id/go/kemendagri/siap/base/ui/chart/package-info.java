/**
 * Charts and tiles for boards, as Lit components fed with records: {@link id.go.kemendagri.siap.base.ui.chart.EChart}
 * (an Apache ECharts web component fed with a typed {@link id.go.kemendagri.siap.base.ui.chart.ChartModel}),
 * {@link id.go.kemendagri.siap.base.ui.chart.ChartCard} ({@code <siap-chart-card>}: heading, chart, accessible
 * table and CSV) and {@link id.go.kemendagri.siap.base.ui.chart.TileBoard} ({@code <siap-tile-map>}: the province
 * tile map of {@link id.go.kemendagri.siap.base.ui.chart.ProvinceTileMap} or a wrapping grid of tiles, with the
 * colour key). What they show is drawn once per data and language and shared as JSON
 * ({@link id.go.kemendagri.siap.base.ui.chart.Feed}) by every screen showing it. See docs/charts.md.
 */
package id.go.kemendagri.siap.base.ui.chart;
