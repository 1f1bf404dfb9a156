/*
 * <siap-row-actions>: a grid row's action buttons (base.ui.RowActions), drawn from the records the server sends
 * for the row: `actions` is a list of {name, label, icon, theme, className, id, enabled}, only the actions the
 * row shows. A button with an icon shows the icon and carries its label as `title` and `aria-label`; a button
 * without one shows its label. A click fires `row-action` with `{name}`; the server looks the name up among
 * the column's actions and asks again whether the row shows it and allows it.
 *
 * Light DOM: shell.css's `.row-actions` and the browser tests' selectors (ids, classes) apply.
 */
import { LitElement, html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import '@vaadin/button';
import '@vaadin/icon';
import '@vaadin/icons';

/** Grids whose column widths are measured again in the next frame. */
const remeasured = new WeakSet();

class SiapRowActions extends LitElement {
  static properties = { actions: { type: Array } };

  constructor() {
    super();
    this.actions = [];
  }

  createRenderRoot() {
    return this;
  }

  /**
   * The grid measures its auto-width columns as soon as it has drawn the cells, before Lit has drawn the
   * buttons (and other Lit cells, e.g. <siap-pieces>): measure them again once, in the next frame.
   */
  firstUpdated() {
    const grid = this.closest('vaadin-grid');
    if (grid && !remeasured.has(grid)) {
      remeasured.add(grid);
      requestAnimationFrame(() => {
        remeasured.delete(grid);
        grid.recalculateColumnWidths();
      });
    }
  }

  render() {
    return html`<div class="row-actions">${repeat(
      this.actions || [],
      (action) => action.name,
      (action) => this._button(action)
    )}</div>`;
  }

  _button(action) {
    const label = action.label ?? '';
    return html`<vaadin-button theme=${action.theme || nothing} class=${action.className || nothing}
      id=${action.id || nothing} ?disabled=${action.enabled === false}
      title=${action.icon ? label : nothing} aria-label=${action.icon ? label : nothing}
      @click=${() => this._act(action.name)}>${action.icon
        ? html`<vaadin-icon icon=${action.icon}></vaadin-icon>`
        : label}</vaadin-button>`;
  }

  _act(name) {
    this.dispatchEvent(new CustomEvent('row-action', { detail: { name } }));
  }
}

customElements.define('siap-row-actions', SiapRowActions);
