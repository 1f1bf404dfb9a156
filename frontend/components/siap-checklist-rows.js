/*
 * <siap-checklist-rows>: closed items of a region's checklist (checklist.ui.ChecklistRows), drawn from
 * records: the toggle (code and name), badges, deadline, the edit button for those allowed, and who else
 * edits the item (presence). Rows are keyed by item: a change redraws only the rows whose data changed.
 * `bare` draws one row without its item wrapper (the heading of an opened item, a Flow component).
 * `summary` (pieces) makes the element a whole theme: a disclosure (`<details open>`, the user may close it)
 * with the theme's summary line and its rows, one server-side element for the theme while none of its items is
 * open; `theme` names it (`data-theme`).
 * Clicks fire `siap-action` with `{action: 'toggle' | 'edit', key: itemId}`; the server checks both again.
 *
 * Light DOM: the checklist's style sheet and Lumo's badges apply.
 */
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { renderPieces } from './siap-pieces.js';
import { parseFed } from './siap-feed.js';

class SiapChecklistRows extends LitElement {
  static properties = {
    rows: { type: Array },
    editLabel: { type: String },
    bare: { type: Boolean },
    summary: { type: Array },
    theme: { type: String },
  };

  constructor() {
    super();
    this.rows = [];
    this.editLabel = '';
    this.bare = false;
    this.summary = null;
    this.theme = '';
  }

  createRenderRoot() {
    return this;
  }

  /** The server sends the records as JSON text (base.ui.chart.Feed); parsed once per new text. */
  willUpdate(changed) {
    parseFed(this, changed, ['rows', 'summary']);
  }

  render() {
    if (this.bare) {
      return this.rows.map((row) => this._row(row));
    }
    if (this.summary && this.summary.length) {
      return html`<details class="checklist-theme" data-theme=${this.theme} open>
        <summary><span class="theme-summary">${renderPieces(this.summary, this)}</span></summary>
        ${this._rows()}
      </details>`;
    }
    return this._rows();
  }

  _rows() {
    return repeat(
      this.rows,
      (row) => row.key,
      (row) => html`<div class=${row.othersEditing ? 'checklist-item edited-by-others' : 'checklist-item'}
        data-item=${row.key} data-code=${row.code}>
        ${row.othersEditing
          ? html`<span theme="badge warning small" class="item-others-editing">${row.othersEditing}</span>`
          : nothing}
        ${this._row(row)}
      </div>`
    );
  }

  _row(row) {
    return html`<div class="item-row">
      <button type="button" class="item-toggle" aria-expanded=${row.expanded ? 'true' : 'false'}
        @click=${() => this._act('toggle', row.key)}>
        <span class="item-code">${row.code}</span>
        <span class="item-name">${row.name}</span>
      </button>
      <span class="item-badges">${renderPieces(row.badges, this)}</span>
      <span class="item-due">${row.due}</span>
      ${row.editable
        ? html`<vaadin-button theme="small" class="item-edit" @click=${() => this._act('edit', row.key)}
            >${this.editLabel}</vaadin-button>`
        : nothing}
    </div>`;
  }

  _act(action, key) {
    this.dispatchEvent(new CustomEvent('siap-action', { bubbles: true, detail: { action, key } }));
  }
}

customElements.define('siap-checklist-rows', SiapChecklistRows);
