/*
 * <siap-board-lists>: a board's lists as tables (dashboard.ui.BoardLists). The server feeds `lists`, records
 * {name, title, summary, headers: [{text, numeric}], rows: [{code, cells: [{text, kind, sort}]}], empty, limit,
 * more, less, link, linkText}, drawn once per board snapshot and language and shared by every open board.
 *
 * A cell of kind `region` is the region's name as a link; a click on it (or anywhere on its row) fires `siap-open`
 * with `detail.code`, and the server checks that the user may open the region before it navigates. A click with a
 * modifier key, or the middle button, follows the link as a browser would (a new tab), which the server checks
 * when the page loads.
 *
 * Sorting is the browser's business: a column header is a button (keyboard usable); a click sorts by that column
 * (a cell's `sort` value when it has one: numbers and ISO dates compare as such), a second click reverses, and the
 * header carries `aria-sort`. A list shows its first `limit` rows (after sorting) and a button to show them all,
 * and where the full list has a screen of its own, a link to it (`link`): the page scrolls, never the list.
 * Every cell carries its column's name (`data-label`), which a phone shows beside the value when the rows are
 * laid out as cards (styles/dashboard.css).
 *
 * Light DOM: the board's style sheet (styles/dashboard.css) applies. Texts are Lit template values, so escaped.
 */
import { LitElement, html, nothing } from 'lit';
import { parseFed } from './siap-feed.js';

class SiapBoardLists extends LitElement {
  static properties = {
    lists: { type: Array },
    _sort: { state: true },
    _open: { state: true },
  };

  constructor() {
    super();
    this.lists = [];
    this._sort = {};
    this._open = {};
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    parseFed(this, changed, ['lists']);
  }

  _openRegion(event, row) {
    if (!row.code || event.defaultPrevented || event.button > 0 || event.metaKey || event.ctrlKey || event.shiftKey
      || event.altKey) {
      return;
    }
    if (row.href) {
      // A province's board: the link itself navigates (the board checks access when it opens); a click elsewhere
      // on the row clicks the link.
      if (!event.target.closest('a')) {
        event.currentTarget.querySelector('a')?.click();
      }
      return;
    }
    event.preventDefault();
    this.dispatchEvent(new CustomEvent('siap-open', { detail: { code: row.code }, bubbles: true }));
  }

  _sortBy(list, column) {
    const current = this._sort[list.name];
    const descending = current && current.column === column ? !current.descending : list.headers[column].numeric;
    this._sort = { ...this._sort, [list.name]: { column, descending } };
  }

  _sorted(list) {
    const sort = this._sort[list.name];
    if (!sort) {
      return list.rows;
    }
    const numeric = list.headers[sort.column].numeric;
    const value = (row) => {
      const cell = row.cells[sort.column];
      return cell.sort !== undefined && cell.sort !== null ? cell.sort : cell.text;
    };
    const compare = (a, b) => {
      const x = value(a);
      const y = value(b);
      if (numeric || (typeof x === 'number' && typeof y === 'number')) {
        return Number(x) - Number(y);
      }
      return String(x).localeCompare(String(y));
    };
    // A stable sort: rows that compare equal keep the server's order (the worst first).
    return list.rows.map((row, index) => ({ row, index }))
      .sort((a, b) => (sort.descending ? -compare(a.row, b.row) : compare(a.row, b.row)) || a.index - b.index)
      .map((entry) => entry.row);
  }

  _ariaSort(list, column) {
    const sort = this._sort[list.name];
    if (!sort || sort.column !== column) {
      return 'none';
    }
    return sort.descending ? 'descending' : 'ascending';
  }

  _cell(row, cell, header) {
    const label = header ? header.text : '';
    switch (cell.kind) {
      case 'region':
        return row.code
          ? html`<td class="cell-region" data-label=${label}><a class="region-link" href=${row.href || 'wilayah/' + row.code}
              @click=${(e) => this._openRegion(e, row)}>${cell.text}</a></td>`
          : html`<td class="cell-region" data-label=${label}>${cell.text}</td>`;
      case 'num':
        return html`<td class="num" data-label=${label}>${cell.text}</td>`;
      case 'nowrap':
        return html`<td class="nowrap" data-label=${label}>${cell.text}</td>`;
      default:
        return html`<td data-label=${label}>${cell.text}</td>`;
    }
  }

  _header(list, header, column) {
    const sort = this._ariaSort(list, column);
    return html`<th scope="col" class=${header.numeric ? 'num' : ''} aria-sort=${sort}>
      <button type="button" class="board-sort" @click=${() => this._sortBy(list, column)}>${header.text}<span
        class="board-sort-mark" aria-hidden="true">${sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕'}</span></button>
    </th>`;
  }

  _list(list) {
    const limit = list.limit > 0 ? list.limit : list.rows.length;
    const all = this._open[list.name] === true;
    const rows = this._sorted(list);
    const shown = all ? rows : rows.slice(0, limit);
    const hidden = rows.length - shown.length;
    return html`<section class="board-section board-list-${list.name}">
      <h3>${list.title}</h3>
      ${list.summary ? html`<p class="board-overdue-summary">${list.summary}</p>` : nothing}
      <div class="board-table-wrap ${list.name}">
        <table class="board-table" aria-label=${list.title}>
          <thead><tr>${list.headers.map((h, column) => this._header(list, h, column))}</tr></thead>
          <tbody>
            ${rows.length === 0
              ? html`<tr><td colspan=${list.headers.length} class="board-table-empty">${list.empty}</td></tr>`
              : shown.map(
                  (row) => html`<tr class=${row.code ? 'board-row' : 'board-row-plain'} @click=${(e) => this._openRegion(e, row)}>
                    ${row.cells.map((cell, column) => this._cell(row, cell, list.headers[column]))}
                  </tr>`
                )}
          </tbody>
        </table>
      </div>
      ${hidden > 0 || all || list.link
        ? html`<div class="board-list-more">
            ${hidden > 0
              ? html`<button type="button" class="board-show-all" aria-expanded="false"
                  @click=${() => { this._open = { ...this._open, [list.name]: true }; }}>${list.more}</button>`
              : all && rows.length > limit
                ? html`<button type="button" class="board-show-all" aria-expanded="true"
                    @click=${() => { this._open = { ...this._open, [list.name]: false }; }}>${list.less}</button>`
                : nothing}
            ${list.link ? html`<a class="board-full-list" href=${list.link}>${list.linkText}</a>` : nothing}
          </div>`
        : nothing}
    </section>`;
  }

  render() {
    return html`${this.lists.map((list) => this._list(list))}`;
  }
}

if (!customElements.get('siap-board-lists')) {
  customElements.define('siap-board-lists', SiapBoardLists);
}
