package id.go.kemendagri.siap.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import id.go.kemendagri.siap.base.ui.chart.Feed;

/**
 * Headline cards ({@code <siap-board-cards>}, frontend/components/siap-board-cards.js): title, value, detail
 * and when the figure last changed, with an "x minutes ago" the browser counts up. Fed with {@link Card}
 * records made into JSON once per board snapshot and language ({@link Feed}).
 */
@Tag("siap-board-cards")
@JsModule("./components/siap-board-cards.js")
class BoardCards extends Component implements HasStyle {

    /**
     * A card. {@code name} gives the card its class ({@code figure-ready}); {@code updated} and {@code changedAt}
     * (milliseconds on the browser's clock) are empty and 0 for a card without a time.
     */
    record Card(String name, String title, String value, String detail, String updated, long changedAt) {
    }

    /** The words of the "ago" ({@code {0}} is the number): "baru saja", "{0} detik lalu", ... */
    record Ages(String now, String seconds, String minutes, String hours, String days) {
    }

    BoardCards() {
        addClassName("board-figures");
    }

    void show(Feed cards, Feed ages) {
        cards.into(this, "cards");
        ages.into(this, "ages");
    }
}
