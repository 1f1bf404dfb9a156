package id.go.kemendagri.siap.leadership.ui;

import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.NeutralityBand;
import id.go.kemendagri.siap.leadership.ReportStatus;

/**
 * The coloured badges of this feature: the same colour for the same meaning on every screen, as
 * {@link Piece}s for the parts drawn in the browser and as {@link Span}s ({@link Piece#toSpan()}) in grids.
 */
final class Badges {

    private static final Piece NONE = Piece.text("");

    private Badges() {
    }

    static Piece status(Component owner, HeadStatus status) {
        if (status == null) {
            return Piece.badge(owner.getTranslation("leadership.status.none"), "contrast small");
        }
        var theme = switch (status) {
            case DEFINITIF -> "success";
            case PJ -> "";
            case PJS, PLT, PLH -> "warning";
        };
        return Piece.badge(owner.getTranslation("leadership.status." + status.name()), theme)
                .withTitle(owner.getTranslation("leadership.status.long." + status.name()));
    }

    static Piece category(Component owner, EvaluationCategory category) {
        return result(owner, "leadership.category.", category, value -> switch (value) {
            case BAIK -> "success";
            case CUKUP -> "warning";
            case KURANG -> "error";
        });
    }

    static Piece band(Component owner, NeutralityBand band) {
        return result(owner, "leadership.band.", band, value -> switch (value) {
            case HIJAU -> "success primary";
            case KUNING -> "warning primary";
            case MERAH -> "error primary";
        });
    }

    /** A result of an evaluation (none yet: nothing shown), named through {@code prefix + name}, in its colour. */
    private static <E extends Enum<E>> Piece result(Component owner, String prefix, E value, Function<E, String> theme) {
        return value == null ? NONE : Piece.badge(owner.getTranslation(prefix + value.name()), theme.apply(value));
    }

    static Piece report(Component owner, ReportStatus status, boolean sentLate) {
        var theme = switch (status) {
            case TERKIRIM -> sentLate ? "warning" : "success";
            case BELUM -> "contrast";
            case TERLAMBAT -> "error";
        };
        return Piece.badge(owner.getTranslation(sentLate ? "leadership.report.sent-late"
                : "leadership.report." + status.name()), theme);
    }

    static Piece demo(Component owner) {
        return Piece.badge(owner.getTranslation("leadership.demo"), "warning small").withClass("demo-row");
    }
}
