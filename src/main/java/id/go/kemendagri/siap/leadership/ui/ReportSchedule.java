package id.go.kemendagri.siap.leadership.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.HtmlClicks;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.leadership.ReportSlot;
import id.go.kemendagri.siap.leadership.ReportStatus;

/**
 * A Pj's quarterly reports: period, due date, status, when it arrived and as what, and the evaluation's
 * category, with buttons to record and to evaluate for those allowed. A table drawn as HTML into one
 * element with one click listener for every button (a grid kept about 20 listeners and the rows' keys per
 * open page); the server checks each click again against what the button promised.
 */
@Uses(Button.class)
class ReportSchedule extends Div {

    /** A row's button: which ({@code record}, {@code evaluate}) and the report ({@link HtmlClicks}). */
    private static final String BUTTON = "[data-report-action]";
    static final String ON_ACTION = HtmlClicks.hit(BUTTON);
    static final String ACTION_NAME = HtmlClicks.data(BUTTON, "reportAction");
    static final String ACTION_REPORT = HtmlClicks.data(BUTTON, "report");

    private final boolean canRecord;
    private final boolean canEvaluate;
    private final transient Consumer<ReportSlot> onRecord;
    private final transient Consumer<ReportSlot> onEvaluate;
    private List<ReportSlot> slots = List.of();
    private String title = "";

    ReportSchedule(boolean canRecord, boolean canEvaluate, Consumer<ReportSlot> onRecord, Consumer<ReportSlot> onEvaluate) {
        this.canRecord = canRecord;
        this.canEvaluate = canEvaluate;
        this.onRecord = onRecord;
        this.onEvaluate = onEvaluate;
        addClassName("report-schedule");
        if (canRecord || canEvaluate) {
            HtmlClicks.listen(getElement(), BUTTON, List.of("reportAction", "report"), data -> act(data.get(0), data.get(1)));
        }
    }

    boolean hasActions() {
        return canRecord || canEvaluate;
    }

    /** The reports shown, in order. */
    List<ReportSlot> slots() {
        return slots;
    }

    /** A click on a row's button; checked again here, since the client may send anything. */
    void act(String action, String reportId) {
        var slot = slots.stream().filter(s -> Long.toString(s.id()).equals(reportId)).findFirst().orElse(null);
        if (slot == null) {
            return;
        }
        if ("record".equals(action) && canRecord) {
            onRecord.accept(slot);
        } else if ("evaluate".equals(action) && canEvaluate && slot.sentOn() != null) {
            onEvaluate.accept(slot);
        }
    }

    void show(String heading, List<ReportSlot> next) {
        this.slots = List.copyOf(next);
        this.title = heading;
        var html = new Markup().element("h4", title).open("table", "class", "heads-table report-table").open("thead").open("tr");
        for (var key : List.of("heads.report.period", "heads.report.range", "heads.report.status", "heads.report.sent-on",
                "heads.report.document", "heads.report.evaluation")) {
            html.element("th", getTranslation(key), "scope", "col");
        }
        if (hasActions()) {
            html.element("th", "");
        }
        html.close("tr").close("thead").open("tbody");
        for (var r : slots) {
            html.open("tr").element("td", Integer.toString(r.periodNumber()), "class", "num")
                    .element("td", Formats.date(r.periodStart(), getLocale()) + " – " + Formats.date(r.dueOn(), getLocale()))
                    .open("td").copy(Badges.report(this, r.status(), r.sentLate())).close("td")
                    .element("td", Formats.date(r.sentOn(), getLocale()))
                    .open("td");
            if (r.documentRef() != null && r.documentRef().startsWith("http")) {
                html.element("a", getTranslation("heads.report.open"), "href", r.documentRef(), "target", "_blank",
                        "rel", "noopener noreferrer");
            } else {
                html.text(r.documentRef());
            }
            html.close("td").open("td");
            if (r.category() != null) {
                html.copy(Badges.category(this, r.category()));
            }
            html.close("td");
            if (hasActions()) {
                html.open("td").open("div", "class", "row-actions");
                var id = Long.toString(r.id());
                if (canRecord) {
                    var late = r.sentOn() == null && r.status() == ReportStatus.TERLAMBAT;
                    html.element("vaadin-button", getTranslation(r.sentOn() == null ? "heads.report.record"
                            : "heads.report.correct"), "theme", late ? "small primary" : "small tertiary",
                            "class", "record-report", "data-report-action", "record", "data-report", id);
                }
                if (canEvaluate && r.sentOn() != null) {
                    html.element("vaadin-button", getTranslation(r.evaluationId() == null ? "heads.report.evaluate"
                            : "heads.report.re-evaluate"), "theme", "small tertiary", "class", "evaluate-report",
                            "data-report-action", "evaluate", "data-report", id);
                }
                html.close("div").close("td");
            }
            html.close("tr");
        }
        html.close("tbody").close("table").into(getElement());
    }
}
