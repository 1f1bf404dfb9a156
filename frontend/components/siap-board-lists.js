/*
 * <siap-board-lists>: a board's lists as tables (dashboard.ui.BoardLists). The server feeds `lists`, records
 * {name, title, summary, headers: [{text, numeric}], rows: [{code, cells: [{text, kind}]}], empty}, drawn once
 * per board snapshot and language and shared by every open board. A cell of kind `region` is the region's
 * name as a link; a click on it (or anywhere on its row) fires `siap-open` with `detail.code`, and the server
 * checks that the user may open the region before it navigates. A click with a modifier key, or the middle
 * button, follows the link as a browser would (a new tab), which the server checks when the page loads.
 *
 * Light DOM: the board's style sheet (styles/dashboard.css) applies. Texts are Lit template values, so escaped.
 */
import { LitElement, html, nothing } from 'lit';
import { parseFed } from './siap-feed.js';

class SiapBoardLists extends LitElement {
  static properties = {
    lists: { type: Array },
  };

  constructor() {
    super();
    this.lists = [];
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    parseFed(this, changed, ['lists']);
  }

  _open(event, code) {
    if (!code || event.defaultPrevented || event.button > 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || event.altKey) {
      return;
    }
    event.preventDefault();
    this.dispatchEvent(new CustomEvent('siap-open', { detail: { code }, bubbles: true }));
  }

  _cell(row, cell) {
    switch (cell.kind) {
      case 'region':
        return html`<td><a class="region-link" href=${'wilayah/' + row.code}
          @click=${(e) => this._open(e, row.code)}>${cell.text}</a></td>`;
      case 'num':
        return html`<td class="num">${cell.text}</td>`;
      case 'nowrap':
        return html`<td class="nowrap">${cell.text}</td>`;
      default:
        return html`<td>${cell.text}</td>`;
    }
  }

  render() {
    return html`${this.lists.map(
      (list) => html`<section class="board-section board-list-${list.name}">
        <h3>${list.title}</h3>
        ${list.summary ? html`<p class="board-overdue-summary">${list.summary}</p>` : nothing}
        <div class="board-table-wrap ${list.name}" tabindex="0" role="region" aria-label=${list.title}>
          <table class="board-table">
            <thead><tr>${list.headers.map((h) => html`<th scope="col" class=${h.numeric ? 'num' : ''}>${h.text}</th>`)}</tr></thead>
            <tbody>
              ${list.rows.length === 0
                ? html`<tr><td colspan=${list.headers.length} class="board-table-empty">${list.empty}</td></tr>`
                : list.rows.map(
                    (row) => html`<tr class="board-row" @click=${(e) => this._open(e, row.code)}>
                      ${row.cells.map((cell) => this._cell(row, cell))}
                    </tr>`
                  )}
            </tbody>
          </table>
        </div>
      </section>`
    )}`;
  }
}

if (!customElements.get('siap-board-lists')) {
  customElements.define('siap-board-lists', SiapBoardLists);
}
