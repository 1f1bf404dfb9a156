package id.go.kemendagri.siap.comment.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.comment.CommentRef;
import id.go.kemendagri.siap.comment.CommentService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.security.RegionAccess;

/** The region page's discussion (order 500, after the follow-ups): a live comment thread with mentions. */
@Component
class RegionComments implements RegionSection {

    private final CommentService comments;
    private final RegionAccess access;
    private final LiveUpdateHub hub;

    RegionComments(CommentService comments, RegionAccess access, LiveUpdateHub hub) {
        this.comments = comments;
        this.access = access;
        this.hub = hub;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(RegionPage region) {
        if (!access.canRead(region.code())) {
            return Optional.empty();
        }
        var thread = new CommentThread(comments, hub, CommentRef.region(region.code()));
        thread.setId("region-comments");
        return Optional.of(thread);
    }
}
