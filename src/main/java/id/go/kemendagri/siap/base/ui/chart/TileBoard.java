package id.go.kemendagri.siap.base.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tiles that keep their elements: {@link #setTiles} updates the tiles already shown (texts, colour class,
 * tooltip), adds new codes and removes missing ones, so that live updates do not flicker.
 */
@StyleSheet(ChartCard.STYLES)
public abstract sealed class TileBoard extends Div permits ProvinceTileMap, TileGrid {

    private final Map<String, TileButton> buttons = new LinkedHashMap<>();
    private final List<SerializableConsumer<String>> listeners = new ArrayList<>();

    TileBoard(String className, String ariaLabel) {
        addClassNames("siap-tile-board", className);
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", ariaLabel);
    }

    /** Shows these tiles, in this order; tiles already shown are updated in place. */
    public void setTiles(List<Tile> tiles) {
        var wanted = new LinkedHashMap<String, Tile>();
        for (var tile : tiles) {
            check(tile);
            if (wanted.put(tile.code(), tile) != null) {
                throw new IllegalArgumentException("two tiles for " + tile.code());
            }
        }
        buttons.entrySet().removeIf(entry -> {
            var gone = !wanted.containsKey(entry.getKey());
            if (gone) {
                remove(entry.getValue());
            }
            return gone;
        });
        var order = new ArrayList<TileButton>(wanted.size());
        for (var tile : wanted.values()) {
            var button = buttons.get(tile.code());
            if (button == null) {
                button = new TileButton(tile);
                var code = tile.code();
                button.addClickListener(event -> fireTileClick(code));
                place(button, tile);
                buttons.put(code, button);
                add(button);
            } else {
                button.update(tile);
            }
            order.add(button);
        }
        var shown = getChildren().filter(TileButton.class::isInstance).toList();
        if (!shown.equals(order)) {
            order.forEach(this::remove);
            order.forEach(this::add);
            buttons.clear();
            order.forEach(button -> buttons.put(button.tile().code(), button));
        }
    }

    /** The tiles shown, in order. */
    public List<Tile> getTiles() {
        return buttons.values().stream().map(TileButton::tile).toList();
    }

    /** Called with the tile's code when a tile is clicked, or pressed with Enter or Space. */
    public Registration addTileClickListener(SerializableConsumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The label the group of tiles has for screen readers. */
    public void setAriaLabel(String label) {
        getElement().setAttribute("aria-label", label);
    }

    void check(Tile tile) {
    }

    void place(TileButton button, Tile tile) {
    }

    Optional<TileButton> button(String code) {
        return Optional.ofNullable(buttons.get(code));
    }

    private void fireTileClick(String code) {
        List.copyOf(listeners).forEach(listener -> listener.accept(code));
    }
}
