package id.go.kemendagri.siap.followup.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.followup.FollowUpChanged;
import id.go.kemendagri.siap.followup.FollowUpService;

/** Overdue follow-ups the user may see, beside "Rapat Koordinasi" in the menu. */
@Component
class OverdueFollowUps implements MenuCount {

    private final FollowUpService followUps;

    OverdueFollowUps(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @Override
    public String path() {
        return "rapat";
    }

    @Override
    public long count() {
        return followUps.countOverdue();
    }

    @Override
    public Set<Class<? extends RegionChange>> movedBy() {
        return Set.of(FollowUpChanged.class);
    }
}
