package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.leadership.TenureDetails;

/**
 * Who led the region before, the latest first, with how and why each tenure ended: a table folded into a
 * native {@code <details>} (opened and closed in the browser).
 */
class TenureHistory extends InfoPanel {

    /** The tenure a link to the region page named ({@code ?buka=masa-jabatan-12}): unfolded and marked. */
    long marked = -1;

    TenureHistory() {
        addClassName("tenure-history");
    }

    void show(List<TenureDetails> tenures) {
        var isMarked = tenures.stream().anyMatch(t -> t.id() == marked);
        setFolded(isMarked ? null : getTranslation("heads.history", tenures.size()));
        setClassName(HeadsSection.SOURCE_RECORD, isMarked);
        var rows = tenures.stream().map(t -> new Row(Long.toString(t.id()), List.of(
                t.id() == marked ? List.of(HeadsSection.marker(this), Badges.status(this, t.status()))
                        : List.of(Badges.status(this, t.status())),
                List.of(Piece.text(t.personName())),
                List.of(Piece.text(Formats.date(t.swornInOn(), getLocale()))),
                List.of(Piece.text(Formats.date(t.termEndsOn(), getLocale()))),
                List.of(Piece.text(Integer.toString(t.extensionCount()))),
                List.of(Piece.text(t.active() ? getTranslation("heads.history.active") : Formats.date(t.endedOn(), getLocale()))),
                List.of(Piece.text(t.endReason() == null ? "" : getTranslation("leadership.reason." + t.endReason().name()))))))
                .toList();
        setTable(List.of(Column.of(getTranslation("heads.column.status")), Column.of(getTranslation("heads.column.head")),
                Column.of(getTranslation("heads.field.sworn-in")), Column.of(getTranslation("heads.column.term-end")),
                new Column(getTranslation("heads.field.extensions"), "num"), Column.of(getTranslation("heads.field.ended-on")),
                Column.of(getTranslation("heads.field.end-reason"))), rows);
    }
}
