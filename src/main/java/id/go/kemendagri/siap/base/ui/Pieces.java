package id.go.kemendagri.siap.base.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid column of {@link Piece}s (badges, links) drawn in the browser by {@code <siap-pieces>}, instead of a
 * server-side component per row and cell: the row's pieces travel as one property.
 */
@JsModule("./components/siap-pieces.js")
public final class Pieces {

    private Pieces() {
    }

    public static <T> LitRenderer<T> cell(ValueProvider<T, List<Piece>> pieces) {
        return LitRenderer.<T>of("<siap-pieces .pieces=${item.pieces}></siap-pieces>").withProperty("pieces", pieces);
    }

    /**
     * A row as a small card (the pieces wrap; a piece with class {@code narrow-title} or {@code narrow-line} takes
     * a line of its own): the one column a grid shows on a phone ({@link NarrowColumns}).
     */
    public static <T> LitRenderer<T> card(ValueProvider<T, List<Piece>> pieces) {
        return LitRenderer.<T>of("<siap-pieces class=\"narrow-card\" .pieces=${item.pieces}></siap-pieces>")
                .withProperty("pieces", pieces);
    }
}
