package id.go.kemendagri.siap.dashboard.ui;

import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.dashboard.Board;

/** The board's charts: regions by readiness band, disbursement per recipient, Pj evaluations. */
class BoardCharts extends Div {

    BoardCharts() {
        addClassName("board-charts");
    }

    void show(Board board) {
        // Replaced by the ECharts cards.
    }
}
