/*
 * <siap-shell-drawer>: the drawer of the shell (base.ui.MainLayout): the application's name, the menu built
 * on the server from the views' @Menu annotations (only what the user's role may open), the counts beside
 * the entries, and the signed-in user with the sign-out button, which fires `siap-sign-out`.
 *
 * Light DOM: the shell's style sheet and Lumo's badges apply.
 */
import { LitElement, html, nothing } from 'lit';
import '@vaadin/avatar';
import '@vaadin/button';
import '@vaadin/icon';
import '@vaadin/icons';
import '@vaadin/side-nav';

class SiapShellDrawer extends LitElement {
  static properties = {
    appName: { type: String },
    tagline: { type: String },
    navigationLabel: { type: String },
    entries: { type: Array },
    user: { type: Object },
  };

  constructor() {
    super();
    this.appName = '';
    this.tagline = '';
    this.navigationLabel = '';
    this.entries = [];
    this.user = null;
  }

  createRenderRoot() {
    return this;
  }

  render() {
    return html`
      <div class="brand">
        <span class="app-name">${this.appName}</span>
        <span class="app-tagline">${this.tagline}</span>
      </div>
      <nav class="main-nav-scroller" aria-label=${this.navigationLabel}>
        <vaadin-side-nav class="main-nav">
          ${this.entries.map(
            (entry) => html`<vaadin-side-nav-item path=${entry.path}>
                ${entry.icon ? html`<vaadin-icon icon=${entry.icon} slot="prefix"></vaadin-icon>` : nothing}
                ${entry.title}
                ${entry.count
                  ? html`<span theme="badge error small pill" class="menu-count" slot="suffix"
                      aria-label=${entry.countLabel}>${entry.count}</span>`
                  : nothing}
              </vaadin-side-nav-item>`
          )}
        </vaadin-side-nav>
      </nav>
      ${this.user
        ? html`<div class="user-box">
            <div class="user">
              <vaadin-avatar name=${this.user.name} aria-hidden="true"></vaadin-avatar>
              <div>
                <span class="user-name">${this.user.name}</span>
                <span class="user-role">${this.user.role}</span>
              </div>
            </div>
            <vaadin-button id="sign-out" theme="tertiary small" @click=${this._signOut}>
              <vaadin-icon icon="vaadin:sign-out" slot="prefix"></vaadin-icon>
              ${this.user.signOut}
            </vaadin-button>
          </div>`
        : nothing}
    `;
  }

  _signOut() {
    this.dispatchEvent(new CustomEvent('siap-sign-out', { bubbles: true }));
  }
}

customElements.define('siap-shell-drawer', SiapShellDrawer);
