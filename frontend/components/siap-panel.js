/*
 * <siap-panel>: a read-only part of a page (base.ui.InfoPanel) drawn from records the server sends: a
 * heading with buttons, a headline, label-value facts, a table (optionally in a <details>) and a footer.
 * Every value goes through Lit's templates (escaped); rows are keyed, so a change redraws only its rows.
 * A button fires `siap-action` with `{action, key}`; the server checks both again.
 *
 * Light DOM: the page's style sheets and Lumo's badges apply.
 */
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderPieces } from './siap-pieces.js';
import { parseFed } from './siap-feed.js';

class SiapPanel extends LitElement {
  static properties = {
    heading: { type: String },
    level: { type: Number },
    actions: { type: Array },
    headline: { type: Array },
    facts: { type: Array },
    columns: { type: Array },
    rows: { type: Array },
    folded: { type: String },
    emptyText: { type: String },
    footer: { type: String },
  };

  constructor() {
    super();
    this.heading = '';
    this.level = 4;
    this.actions = [];
    this.headline = [];
    this.facts = [];
    this.columns = [];
    this.rows = [];
    this.folded = '';
    this.emptyText = '';
    this.footer = '';
  }

  createRenderRoot() {
    return this;
  }

  /** The server sends the records as JSON text (base.ui.chart.Feed); parsed once per new text. */
  willUpdate(changed) {
    parseFed(this, changed, ['actions', 'headline', 'facts', 'columns', 'rows']);
  }

  render() {
    return html`
      ${this._heading()}
      ${this.headline?.length ? html`<div class="panel-headline">${this._pieces(this.headline)}</div>` : nothing}
      ${this.facts?.length
        ? html`<dl class="panel-facts">
            ${this.facts.map(
              (fact) => html`<div class="panel-fact">
                <dt class="label">${fact.label}</dt>
                <dd class="value">${this._pieces(fact.value)}</dd>
              </div>`
            )}
          </dl>`
        : nothing}
      ${this._table()}
      ${this._empty()}
      ${this.footer ? html`<span class="updated panel-footer">${this.footer}</span>` : nothing}
    `;
  }

  _heading() {
    if (!this.heading && !this.actions?.length) {
      return nothing;
    }
    const text = this.level === 3 ? html`<h3>${this.heading}</h3>` : html`<h4>${this.heading}</h4>`;
    if (!this.actions?.length) {
      return this.heading ? text : nothing;
    }
    return html`<div class="panel-heading">${this.heading ? text : nothing}
      <div class="panel-actions">${this._pieces(this.actions)}</div></div>`;
  }

  _empty() {
    const nothingShown = !this.rows?.length && !this.facts?.length && !this.headline?.length;
    return nothingShown && this.emptyText ? html`<p class="empty">${this.emptyText}</p>` : nothing;
  }

  _table() {
    if (!this.rows?.length) {
      return nothing;
    }
    const table = html`<div class="panel-table-scroller"><table class="panel-table">
      <thead>
        <tr>${this.columns.map((column) => html`<th scope="col" class=${column.className || ''}>${column.label}</th>`)}</tr>
      </thead>
      <tbody>
        ${repeat(
          this.rows,
          (row) => row.key,
          (row) => html`<tr data-key=${row.key}>
            ${row.cells.map(
              (cell, index) => html`<td class=${this.columns[index]?.className || ''}
                data-label=${this.columns[index]?.label || ''}>${this._pieces(cell)}</td>`
            )}
          </tr>`
        )}
      </tbody>
    </table></div>`;
    return this.folded ? html`<details><summary>${this.folded}</summary>${table}</details>` : table;
  }

  _pieces(pieces) {
    return renderPieces(pieces, this);
  }
}

customElements.define('siap-panel', SiapPanel);
