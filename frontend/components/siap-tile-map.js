/*
 * <siap-tile-map>: regions as coloured tiles (base.ui.chart.TileBoard): the 38 provinces placed roughly as they
 * lie (`layout` "map": each tile has its row and column) or tiles that wrap to the width ("grid"), with their
 * colour key and a note. The server feeds `tiles` [{code, label, value, variant, name, tip, href, row, column}]
 * and `legend` [{variant, label}], drawn once per data and language and shared by every screen showing them.
 *
 * A tile is a link: a click or Enter fires `siap-open` with `detail.code` (the server checks that the user may
 * open it, then navigates); with a modifier key or the middle button the browser follows the link (a new tab).
 * On hover and keyboard focus a tip floats beside the tile with its name, value and details.
 *
 * Light DOM: styles/chart.css applies. Texts are Lit template values, so escaped.
 */
import { LitElement, html, nothing } from 'lit';
import { parseFed } from './siap-feed.js';

class SiapTileMap extends LitElement {
  static properties = {
    layout: { type: String },
    label: { type: String },
    tiles: { type: Array },
    legendLabel: { type: String },
    legend: { type: Array },
    note: { type: String },
    _tip: { state: true },
  };

  constructor() {
    super();
    this.layout = 'grid';
    this.label = '';
    this.tiles = [];
    this.legendLabel = '';
    this.legend = [];
    this.note = '';
    this._tip = null;
    this._hideTip = () => {
      this._tip = null;
    };
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    parseFed(this, changed, ['tiles', 'legend']);
  }

  connectedCallback() {
    super.connectedCallback();
    window.addEventListener('scroll', this._hideTip, true);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('scroll', this._hideTip, true);
  }

  _open(event, tile) {
    if (event.defaultPrevented || event.button > 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    this._tip = null;
    this.dispatchEvent(new CustomEvent('siap-open', { detail: { code: tile.code }, bubbles: true }));
  }

  _showTip(event, tile) {
    const box = event.currentTarget.getBoundingClientRect();
    this._tip = { text: tile.value ? `${tile.name}: ${tile.value}` : tile.name, detail: tile.tip, box };
  }

  updated() {
    // Places the tip once it is drawn (its size is known only then): above the tile, or below near the top.
    const tip = this.querySelector('.siap-tile-tip');
    if (!tip || !this._tip) {
      return;
    }
    const box = this._tip.box;
    const top = box.top - tip.offsetHeight - 6;
    tip.style.top = Math.max(4, top < 4 ? box.bottom + 6 : top) + 'px';
    tip.style.left = Math.min(Math.max(4, box.left + box.width / 2 - tip.offsetWidth / 2),
      window.innerWidth - tip.offsetWidth - 4) + 'px';
  }

  render() {
    const placed = this.layout === 'map';
    return html`
      <div class="siap-tile-board ${placed ? 'siap-province-map' : 'siap-tile-grid'}" role="group" aria-label=${this.label}>
        ${this.tiles.map(
          (tile) => html`<a class="siap-tile ${tile.variant}" href=${tile.href} data-code=${tile.code}
              aria-label=${tile.value ? `${tile.name}: ${tile.value}` : tile.name}
              aria-description=${tile.tip || nothing}
              style=${placed ? `grid-row:${tile.row};grid-column:${tile.column}` : nothing}
              @click=${(e) => this._open(e, tile)}
              @mouseenter=${(e) => this._showTip(e, tile)} @focus=${(e) => this._showTip(e, tile)}
              @mouseleave=${this._hideTip} @blur=${this._hideTip}>
            <span class="siap-tile-label" aria-hidden="true">${tile.label}</span>
            <span class="siap-tile-value" aria-hidden="true">${tile.value}</span>
          </a>`
        )}
      </div>
      ${this.legend.length
        ? html`<div class="siap-tile-legend" role="list" aria-label=${this.legendLabel}>
            ${this.legend.map(
              (entry) => html`<div class="siap-tile-legend-item" role="listitem">
                <span class="siap-tile-swatch ${entry.variant}" aria-hidden="true"></span><span>${entry.label}</span>
              </div>`
            )}
          </div>`
        : nothing}
      ${this.note ? html`<p class="board-map-note">${this.note}</p>` : nothing}
      ${this._tip
        ? html`<div class="siap-tile-tip" aria-hidden="true">${this._tip.text}${this._tip.detail
            ? html`<br>${this._tip.detail}` : nothing}</div>`
        : nothing}
    `;
  }
}

if (!customElements.get('siap-tile-map')) {
  customElements.define('siap-tile-map', SiapTileMap);
}
