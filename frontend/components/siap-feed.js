/*
 * Properties fed by base.ui.chart.Feed: the server sends records as JSON text (one string shared by every open
 * screen, see docs/charts.md); the element parses a new text once, before it renders. A value set in the
 * browser as an array or object is kept as it is.
 */
export function parseFed(element, changed, names) {
  for (const name of names) {
    const value = element[name];
    if (changed.has(name) && typeof value === 'string') {
      element[name] = value ? JSON.parse(value) : null;
    }
  }
}
