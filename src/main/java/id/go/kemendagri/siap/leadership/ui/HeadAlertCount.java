package id.go.kemendagri.siap.leadership.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;
import id.go.kemendagri.siap.leadership.LeadershipChanged;
import id.go.kemendagri.siap.leadership.MinisterApprovalService;

/** The number beside "Peringatan Pj": terms ending soon plus overdue reports, in the user's scope. */
@Configuration(proxyBeanMethods = false)
class HeadAlertCount {

    @Bean
    MenuCount headAlertMenuCount(LeadershipBoardService board, MinisterApprovalService approvals) {
        return MenuCount.of("kepala-daerah/peringatan", () -> board.alertCount() + approvals.count(null, true),
                Set.of(LeadershipChanged.class));
    }
}
