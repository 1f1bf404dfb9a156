package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.leadership.EvaluationDetails;

/**
 * A Pj's evaluations, the latest period first: category with the share met, neutrality, recommendation,
 * note. Read-only.
 */
class EvaluationTable extends InfoPanel {

    private List<EvaluationDetails> shown = List.of();

    /** The evaluation a link to the region page named ({@code ?buka=evaluasi-7}): marked. */
    long marked = -1;

    EvaluationTable() {
        addClassName("evaluation-table");
    }

    /** How many evaluations are shown. */
    int size() {
        return shown.size();
    }

    void show(String title, List<EvaluationDetails> evaluations) {
        shown = List.copyOf(evaluations);
        setClassName(HeadsSection.SOURCE_RECORD, shown.stream().anyMatch(e -> e.id() == marked));
        heading(title, 4);
        setTable(List.of(new Column(getTranslation("heads.report.period"), "num"),
                Column.of(getTranslation("heads.evaluation.category")), Column.of(getTranslation("heads.evaluation.neutrality")),
                Column.of(getTranslation("heads.evaluation.recommendation")), Column.of(getTranslation("heads.evaluation.note")),
                Column.of(getTranslation("heads.evaluation.by"))), shown.stream().map(e -> new Row(Long.toString(e.id()), List.of(
                        e.id() == marked ? List.of(HeadsSection.marker(this), Piece.text(Integer.toString(e.periodNumber())))
                                : List.of(Piece.text(Integer.toString(e.periodNumber()))),
                        List.of(Badges.category(this, e.category()), Piece.text(getTranslation("heads.evaluation.met",
                                e.indicatorsMet(), e.indicatorsTotal(), e.percentMet()))),
                        List.of(Badges.band(this, e.neutralityBand()), Piece.text(Integer.toString(e.neutralityScore()))),
                        List.of(Piece.text(getTranslation("leadership.recommendation." + e.recommendation().name()))),
                        List.of(Piece.text(e.note() == null ? "" : e.note())),
                        List.of(Piece.text(e.updatedBy() + ", " + Formats.dateTime(e.updatedAt(), getLocale())))))).toList());
    }
}
