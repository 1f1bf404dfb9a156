package id.go.kemendagri.siap.leadership.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;
import id.go.kemendagri.siap.leadership.MinisterApprovalService;
import id.go.kemendagri.siap.leadership.LeadershipChanged;

/** The number beside "Peringatan Pj": terms ending soon plus overdue reports, in the user's scope. */
@Component
class HeadAlertCount implements MenuCount {

    private final LeadershipBoardService board;
    private final MinisterApprovalService approvals;

    HeadAlertCount(LeadershipBoardService board, MinisterApprovalService approvals) {
        this.board = board;
        this.approvals = approvals;
    }

    @Override
    public String path() {
        return "kepala-daerah/peringatan";
    }

    @Override
    public long count() {
        return board.alertCount() + approvals.count(null, true);
    }

    @Override
    public Set<Class<? extends RegionChange>> movedBy() {
        return Set.of(LeadershipChanged.class);
    }
}
