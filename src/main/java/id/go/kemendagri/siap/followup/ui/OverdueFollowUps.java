package id.go.kemendagri.siap.followup.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.followup.FollowUpChanged;
import id.go.kemendagri.siap.followup.FollowUpService;

/** Overdue follow-ups the user may see, beside "Rapat Koordinasi" in the menu. */
@Configuration(proxyBeanMethods = false)
class OverdueFollowUps {

    @Bean
    MenuCount overdueFollowUpsMenuCount(FollowUpService followUps) {
        return MenuCount.of("rapat", followUps::countOverdue, Set.of(FollowUpChanged.class));
    }
}
