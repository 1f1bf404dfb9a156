package id.go.kemendagri.siap.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A region (a tile, a list row) opened in a Lit component that fires {@code siap-open} with {@code detail.code}
 * ({@code <siap-tile-map>}, {@code <siap-board-lists>}). The code is what the browser sent: check it again
 * before acting on it.
 */
@DomEvent("siap-open")
public class RegionOpenEvent extends ComponentEvent<Component> {

    private final String code;

    public RegionOpenEvent(Component source, boolean fromClient, @EventData("event.detail.code") String code) {
        super(source, fromClient);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
