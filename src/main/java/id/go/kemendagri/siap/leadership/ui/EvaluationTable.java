package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.leadership.EvaluationDetails;

/**
 * A Pj's evaluations, the latest period first: category with the share met, neutrality, recommendation,
 * note. Read-only: a table drawn as HTML into one element.
 */
class EvaluationTable extends Div {

    private List<EvaluationDetails> shown = List.of();

    EvaluationTable() {
        addClassName("evaluation-table");
    }

    /** How many evaluations are shown. */
    int size() {
        return shown.size();
    }

    void show(String heading, List<EvaluationDetails> evaluations) {
        shown = List.copyOf(evaluations);
        var html = new Markup().element("h4", heading).open("table", "class", "heads-table").open("thead").open("tr");
        for (var key : List.of("heads.report.period", "heads.evaluation.category", "heads.evaluation.neutrality",
                "heads.evaluation.recommendation", "heads.evaluation.note", "heads.evaluation.by")) {
            html.element("th", getTranslation(key), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (var e : shown) {
            html.open("tr").element("td", Integer.toString(e.periodNumber()), "class", "num")
                    .open("td").copy(Badges.category(this, e.category()))
                    .text(" " + getTranslation("heads.evaluation.met", e.indicatorsMet(), e.indicatorsTotal(), e.percentMet()))
                    .close("td")
                    .open("td").copy(Badges.band(this, e.neutralityBand())).text(" " + e.neutralityScore()).close("td")
                    .element("td", getTranslation("leadership.recommendation." + e.recommendation().name()))
                    .element("td", e.note() == null ? "" : e.note())
                    .element("td", e.updatedBy() + ", " + Formats.dateTime(e.updatedAt(), getLocale()))
                    .close("tr");
        }
        html.close("tbody").close("table").into(getElement());
    }
}
