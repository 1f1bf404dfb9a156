/*
 * Pieces of read-only text (base.ui.Piece): text, Lumo badges, links and action buttons, drawn from the
 * records the server sends, escaped by Lit. `renderPieces` serves <siap-panel>; <siap-pieces> shows a list of
 * pieces on its own (a grid cell through a LitRenderer: base.ui.Pieces.cell). A button fires `siap-action`
 * with `{action, key}` from the element that drew it; the server checks both again. A download links to the
 * address the closest list holds in its `download-base` attribute (base.ui.RowDownloads) with the piece's key;
 * the server looks the key up again and checks access. Without such a list it is drawn as text.
 */
import { LitElement, html, nothing } from 'lit';
import '@vaadin/button';
import { parseFed } from './siap-feed.js';
import '@vaadin/icon';
import '@vaadin/icons';
import '@vaadin/progress-bar';

function renderPiece(piece, host) {
  switch (piece.kind) {
    case 'BADGE':
      return html`<span theme=${`badge ${piece.theme || ''}`.trim()} class=${piece.className || nothing}
        title=${piece.title || nothing} id=${piece.id || nothing}>${piece.text}</span>`;
    case 'LINK':
      return /^https?:\/\//.test(piece.href || '')
        ? html`<a href=${piece.href} target="_blank" rel="noopener noreferrer" class=${piece.className || nothing}
            id=${piece.id || nothing}>${piece.text}</a>`
        : html`${piece.text}`;
    case 'ROUTE':
      return html`<a href=${piece.href} router-link class=${piece.className || nothing}
        id=${piece.id || nothing}>${piece.text}</a>`;
    case 'BUTTON':
      return html`<vaadin-button theme=${piece.theme || nothing} class=${piece.className || nothing}
        id=${piece.id || nothing} title=${piece.title || nothing}
        aria-label=${piece.icon && !piece.text ? piece.title || nothing : nothing}
        @click=${() =>
          host.dispatchEvent(
            new CustomEvent('siap-action', { bubbles: true, detail: { action: piece.action, key: piece.key ?? '' } })
          )}>${piece.icon ? html`<vaadin-icon icon=${piece.icon} slot=${piece.text ? 'prefix' : nothing}></vaadin-icon>` : nothing}${piece.text}</vaadin-button>`;
    case 'DOWNLOAD': {
      const base = host.closest('[download-base]')?.getAttribute('download-base');
      return base
        ? html`<a href=${`${base}${base.includes('?') ? '&' : '?'}key=${encodeURIComponent(piece.key ?? '')}`}
            download router-ignore class=${piece.className || nothing} id=${piece.id || nothing}
            title=${piece.title || nothing}>${piece.text}</a>`
        : html`${piece.text}`;
    }
    case 'ICON':
      return html`<vaadin-icon icon=${piece.icon} aria-hidden="true" class=${piece.className || nothing}></vaadin-icon>`;
    case 'PROGRESS':
      return html`<vaadin-progress-bar value=${Number(piece.text)} aria-label=${piece.title || nothing}
        class=${piece.className || nothing}></vaadin-progress-bar>`;
    default:
      return piece.className || piece.id || piece.title
        ? html`<span class=${piece.className || nothing} id=${piece.id || nothing}
            title=${piece.title || nothing}>${piece.text}</span>`
        : html`${piece.text ?? ''}`;
  }
}

/** The pieces, separated by a space. */
export function renderPieces(pieces, host) {
  return (pieces || []).map((piece, index) => html`${index > 0 ? ' ' : ''}${renderPiece(piece, host)}`);
}

class SiapPieces extends LitElement {
  static properties = { pieces: { type: Array } };

  constructor() {
    super();
    this.pieces = [];
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    parseFed(this, changed, ['pieces']);
  }

  render() {
    return renderPieces(this.pieces, this);
  }
}

customElements.define('siap-pieces', SiapPieces);
