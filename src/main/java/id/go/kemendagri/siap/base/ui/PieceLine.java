package id.go.kemendagri.siap.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

import id.go.kemendagri.siap.base.ui.chart.Feed;

/** A line of {@link Piece}s drawn in the browser ({@code <siap-pieces>}): one server-side element. */
@Tag("siap-pieces")
@JsModule("./components/siap-pieces.js")
public class PieceLine extends Component implements HasStyle {

    public void setPieces(List<Piece> pieces) {
        Feed.list(pieces).into(this, "pieces");
    }
}
