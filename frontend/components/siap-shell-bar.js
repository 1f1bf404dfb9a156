/*
 * <siap-shell-bar>: the application bar of the shell (base.ui.MainLayout): the menu button, the title of the
 * open view, the demo badge and the language switch. Fed by the server through properties; a language
 * button fires `siap-language-select` ({ language }), which the server checks again.
 *
 * Rendered into the light DOM, so that Lumo's badges and the shell's style sheet apply as to the rest of
 * the page.
 */
import { LitElement, html, nothing } from 'lit';
import '@vaadin/app-layout/vaadin-drawer-toggle.js';
import '@vaadin/icon';
import '@vaadin/icons';

class SiapShellBar extends LitElement {
  static properties = {
    heading: { type: String },
    toggleLabel: { type: String },
    demo: { type: Object },
    languageLabel: { type: String },
    languages: { type: Array },
  };

  constructor() {
    super();
    this.heading = '';
    this.toggleLabel = '';
    this.demo = null;
    this.languageLabel = '';
    this.languages = [];
  }

  createRenderRoot() {
    return this;
  }

  render() {
    return html`
      <vaadin-drawer-toggle aria-label=${this.toggleLabel}></vaadin-drawer-toggle>
      <h1 class="view-title">${this.heading}</h1>
      ${this.demo
        ? html`<span theme="badge warning" class="demo-badge" title=${this.demo.title}>${this.demo.label}</span>`
        : nothing}
      <span class="navbar-spacer"></span>
      <div class="language-switch" role="group" aria-label=${this.languageLabel} title=${this.languageLabel}>
        <vaadin-icon icon="vaadin:globe" aria-hidden="true"></vaadin-icon>
        ${this.languages.map(
          (language) => html`<button type="button" lang=${language.code} aria-label=${language.name}
              title=${language.name} aria-pressed=${language.current ? 'true' : 'false'}
              @click=${() => this._select(language)}>${language.code.toUpperCase()}</button>`
        )}
      </div>
    `;
  }

  _select(language) {
    if (!language.current) {
      this.dispatchEvent(new CustomEvent('siap-language-select', { detail: { language: language.code }, bubbles: true }));
    }
  }
}

customElements.define('siap-shell-bar', SiapShellBar);
