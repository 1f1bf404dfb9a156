/*
 * <siap-chart-card>: a chart with its heading and its numbers as a real table (base.ui.chart.ChartCard). The
 * server feeds `card`, a record {id, heading, caption, headers, rows: [{header, cells}], option, summary,
 * csvName, csvHref, showTable, hideTable, csvLabel}, drawn once per data and language and shared by every screen
 * showing it. The table is always in the page for screen readers and visually hidden until "Tampilkan tabel"
 * shows it; the button fires `siap-table-toggle` (`detail.shown`) so that the server knows. A new card merges
 * into the drawn chart (<siap-chart>), and a shown table stays shown.
 *
 * Light DOM: styles/chart.css applies. Texts are Lit template values, so escaped.
 */
import { LitElement, html, nothing } from 'lit';
import { parseFed } from './siap-feed.js';
import '@vaadin/button';
import './siap-chart.js';

class SiapChartCard extends LitElement {
  static properties = {
    card: { type: Object },
    tableShown: { type: Boolean, attribute: 'table-shown', reflect: true },
  };

  constructor() {
    super();
    this.card = null;
    this.tableShown = false;
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    parseFed(this, changed, ['card']);
  }

  _toggle() {
    this.tableShown = !this.tableShown;
    this.dispatchEvent(new CustomEvent('siap-table-toggle', { detail: { shown: this.tableShown }, bubbles: true }));
  }

  render() {
    const card = this.card;
    if (!card) {
      return nothing;
    }
    const tableId = `chart-table-${card.id}`;
    return html`
      <div class="chart-card-head">
        <h3 class="chart-card-heading">${card.heading}</h3>
        <div class="chart-card-actions">
          <vaadin-button theme="tertiary small" class="chart-table-toggle" aria-controls=${tableId}
              aria-expanded=${String(this.tableShown)} @click=${this._toggle}>
            ${this.tableShown ? card.hideTable : card.showTable}
          </vaadin-button>
          <a class="chart-csv" download=${card.csvName} href=${card.csvHref}>${card.csvLabel}</a>
        </div>
      </div>
      <siap-chart role="img" aria-label=${card.summary} .option=${card.option}></siap-chart>
      <div class="chart-table-wrap">
        <table id=${tableId} class="chart-table">
          <caption>${card.caption}</caption>
          <thead><tr>${card.headers.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>
            ${card.rows.map(
              (row) => html`<tr><th scope="row">${row.header}</th>${row.cells.map((c) => html`<td>${c}</td>`)}</tr>`
            )}
          </tbody>
        </table>
      </div>
    `;
  }
}

if (!customElements.get('siap-chart-card')) {
  customElements.define('siap-chart-card', SiapChartCard);
}
