package id.go.kemendagri.siap.base.ui.chart;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * What the cards and tiles do in the browser alone, so that the server keeps no element or listener for it:
 * "Tampilkan tabel" toggles the card's table (a class on the card, which the server never rewrites, so the
 * table stays shown when live updates replace the card's HTML), and a tile's details float beside it on hover
 * and keyboard focus. Installed once per page, listening on the document.
 */
public final class ChartScripts implements java.io.Serializable {

    static final String SCRIPT = """
            if (!window.siapChartScripts) {
              window.siapChartScripts = true;
              document.addEventListener('click', (e) => {
                const toggle = e.target.closest && e.target.closest('[data-siap-toggle="table"]');
                const card = toggle && toggle.closest('.chart-card');
                if (card) {
                  const shown = card.classList.toggle('table-shown');
                  toggle.setAttribute('aria-expanded', String(shown));
                }
              });
              const tip = document.createElement('div');
              tip.className = 'siap-tile-tip';
              tip.setAttribute('aria-hidden', 'true');
              tip.hidden = true;
              const show = (e) => {
                const tile = e.target.closest && e.target.closest('.siap-tile[data-tip]');
                if (!tile) { return; }
                if (!tip.isConnected) { document.body.appendChild(tip); }
                tip.textContent = tile.dataset.tip;
                tip.hidden = false;
                const box = tile.getBoundingClientRect();
                const top = box.top - tip.offsetHeight - 6;
                tip.style.top = Math.max(4, top < 4 ? box.bottom + 6 : top) + 'px';
                tip.style.left = Math.min(Math.max(4, box.left + box.width / 2 - tip.offsetWidth / 2),
                  window.innerWidth - tip.offsetWidth - 4) + 'px';
              };
              const hide = (e) => {
                if (e.target.closest && e.target.closest('.siap-tile')) { tip.hidden = true; }
              };
              document.addEventListener('mouseover', show);
              document.addEventListener('focusin', show);
              document.addEventListener('mouseout', hide);
              document.addEventListener('focusout', hide);
              window.addEventListener('scroll', () => { tip.hidden = true; }, true);
            }""";

    private ChartScripts() {
    }

    /** Installs the page's handlers, once per browser page however many cards and boards ask. */
    public static void install(UI ui) {
        if (ComponentUtil.getData(ui, ChartScripts.class) == null) {
            ComponentUtil.setData(ui, ChartScripts.class, new ChartScripts());
            ui.getPage().executeJs(SCRIPT);
        }
    }
}
