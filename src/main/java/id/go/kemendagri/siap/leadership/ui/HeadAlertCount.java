package id.go.kemendagri.siap.leadership.ui;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;

/** The number beside "Peringatan Pj": terms ending soon plus overdue reports, in the user's scope. */
@Component
class HeadAlertCount implements MenuCount {

    private final LeadershipBoardService board;

    HeadAlertCount(LeadershipBoardService board) {
        this.board = board;
    }

    @Override
    public String path() {
        return "kepala-daerah/peringatan";
    }

    @Override
    public long count() {
        return board.alertCount();
    }
}
