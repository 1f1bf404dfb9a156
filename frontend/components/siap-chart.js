/*
 * <siap-chart>: an Apache ECharts chart driven by an option object set from Java (base.ui.chart.EChart).
 *
 * - Only the parts used are imported through echarts/core (bar, pie, grid, tooltip, legend, SVG renderer),
 *   which keeps the development and production bundles small.
 * - A new option is merged into the running chart (no re-init), so live updates animate instead of flickering;
 *   series are matched by id and series that are gone are removed (replaceMerge).
 * - The chart follows its container's size (ResizeObserver) and is disposed when the element leaves the page.
 * - With prefers-reduced-motion: reduce, nothing animates.
 * - Texts are formatted on the server: each data item carries its formatted value in `text`, which the tooltip
 *   and the bar labels show. `siap.axisFormat` (number, percent, rupiah) formats the value axis ticks.
 */
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);

const reducedMotion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;

function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function itemText(param) {
  const data = param.data;
  if (data && typeof data === 'object' && data.text != null) {
    return data.text;
  }
  return param.value == null ? '' : String(param.value);
}

function axisFormatter(format, locale) {
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  switch (format) {
    case 'percent':
      return (value) => plain.format(value) + '%';
    case 'rupiah':
      return (value) => 'Rp' + compact.format(value);
    default:
      return (value) => (Math.abs(value) >= 1e6 ? compact.format(value) : plain.format(value));
  }
}

class SiapChart extends HTMLElement {
  constructor() {
    super();
    this._option = null;
    this._chart = null;
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host{display:block;position:relative;min-height:120px}'
      + '#chart{position:absolute;inset:0}</style><div id="chart" aria-hidden="true"></div>';
    this._container = root.getElementById('chart');
    this._resizeObserver = new ResizeObserver(() => this._chart && this._chart.resize());
    this._motionChanged = () => this._render(true);
  }

  /** The chart option from the server; setting it merges into the running chart. */
  set option(value) {
    this._option = typeof value === 'string' ? JSON.parse(value) : value;
    this._render(false);
  }

  get option() {
    return this._option;
  }

  connectedCallback() {
    if (!this.hasAttribute('role')) {
      this.setAttribute('role', 'img');
    }
    this._chart = echarts.init(this._container, null, { renderer: 'svg', locale: 'EN' });
    this._kind = undefined;
    this._resizeObserver.observe(this);
    reducedMotion?.addEventListener?.('change', this._motionChanged);
    this._render(true);
  }

  disconnectedCallback() {
    this._resizeObserver.disconnect();
    reducedMotion?.removeEventListener?.('change', this._motionChanged);
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _render(replace) {
    if (!this._chart || !this._option) {
      return;
    }
    const kind = this._option.siap && this._option.siap.kind;
    // Another kind of chart (bar to donut) starts afresh; new data for the same kind is merged and animates.
    const fresh = replace || kind !== this._kind;
    this._kind = kind;
    this._chart.setOption(this._decorate(this._option), fresh
      ? { notMerge: true }
      : { replaceMerge: ['series', 'xAxis', 'yAxis'] });
  }

  /** Adds what JSON cannot carry (formatter functions, the font, motion) to the server's option. */
  _decorate(source) {
    const { siap = {}, ...option } = source;
    const animate = !(reducedMotion && reducedMotion.matches);
    const style = getComputedStyle(this);
    const font = style.getPropertyValue('--lumo-font-family').trim() || style.fontFamily;
    const textColor = style.getPropertyValue('--lumo-body-text-color').trim() || '#1a1a1a';
    const formatAxis = axisFormatter(siap.axisFormat, siap.locale || 'id-ID');
    option.animation = animate;
    option.animationDurationUpdate = animate ? 400 : 0;
    option.textStyle = { fontFamily: font, color: textColor, ...(option.textStyle || {}) };
    option.tooltip = {
      ...(option.tooltip || {}),
      confine: true,
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const head = list.length ? escapeHtml(list[0].name) : '';
        const rows = list.map((p) => `${p.marker}${escapeHtml(p.seriesName)}: <b>${escapeHtml(itemText(p))}</b>`);
        return head + '<br>' + rows.join('<br>');
      },
    };
    for (const key of ['xAxis', 'yAxis']) {
      const axes = option[key];
      for (const axis of Array.isArray(axes) ? axes : axes ? [axes] : []) {
        if (axis.type === 'value') {
          axis.axisLabel = { ...(axis.axisLabel || {}), formatter: formatAxis };
        }
      }
    }
    for (const series of option.series || []) {
      if (series.label && series.label.show) {
        const pie = series.type === 'pie';
        series.label = { ...series.label, formatter: (p) => (pie ? `${p.name}: ${itemText(p)}` : itemText(p)) };
      }
    }
    return option;
  }
}

if (!customElements.get('siap-chart')) {
  customElements.define('siap-chart', SiapChart);
}
