/*
 * <siap-board-cards>: the headline cards of a board (dashboard.ui.BoardCards). The server feeds `cards`, a list
 * of records {name, title, value, detail, updated, changedAt} drawn once per board snapshot and language and
 * shared by every open board; `ages` holds the words of the "x minutes ago" that this element counts up once a
 * second from `changedAt` (milliseconds, the browser's clock; 0 = no time shown).
 *
 * Light DOM: the board's style sheet (styles/dashboard.css) applies. Texts are Lit template values, so escaped.
 */
import { LitElement, html, nothing } from 'lit';
import { parseFed } from './siap-feed.js';

class SiapBoardCards extends LitElement {
  static properties = {
    cards: { type: Array },
    ages: { type: Object },
  };

  constructor() {
    super();
    this.cards = [];
    this.ages = null;
  }

  createRenderRoot() {
    return this;
  }

  willUpdate(changed) {
    parseFed(this, changed, ['cards', 'ages']);
  }

  connectedCallback() {
    super.connectedCallback();
    this._timer = setInterval(() => {
      if (Array.isArray(this.cards) && this.cards.some((card) => card.changedAt)) {
        this.requestUpdate();
      }
    }, 1000);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this._timer);
  }

  _age(changedAt) {
    const words = this.ages || { now: '', seconds: '', minutes: '', hours: '', days: '' };
    const s = Math.max(0, Math.floor((Date.now() - changedAt) / 1000));
    if (s < 10) {
      return words.now;
    }
    const [count, unit] = s < 60 ? [s, words.seconds] : s < 3600 ? [Math.floor(s / 60), words.minutes]
      : s < 86400 ? [Math.floor(s / 3600), words.hours] : [Math.floor(s / 86400), words.days];
    return unit.replace('{0}', String(count));
  }

  render() {
    return html`${this.cards.map(
      (card) => html`<div class="board-figure figure-${card.name}">
        <span class="figure-title">${card.title}</span>
        <span class="figure-value">${card.value}</span>
        <span class="figure-detail">${card.detail}</span>
        ${card.updated
          ? html`<span class="figure-updated"><span>${card.updated}</span>${card.changedAt
              ? html` · <span aria-live="off">${this._age(card.changedAt)}</span>`
              : nothing}</span>`
          : nothing}
      </div>`
    )}`;
  }
}

if (!customElements.get('siap-board-cards')) {
  customElements.define('siap-board-cards', SiapBoardCards);
}
