package id.go.kemendagri.siap.comment.ui;

import com.vaadin.flow.component.Component;

import id.go.kemendagri.siap.base.ui.CommentThreads;
import id.go.kemendagri.siap.comment.CommentRef;
import id.go.kemendagri.siap.comment.CommentService;
import id.go.kemendagri.siap.comment.CommentTarget;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;

/** The comment feature's {@link CommentThreads}: a live thread for the checklist, follow-up and grant editors. */
@org.springframework.stereotype.Component
class CommentThreadFactory implements CommentThreads {

    private final CommentService comments;
    private final LiveUpdateHub hub;

    CommentThreadFactory(CommentService comments, LiveUpdateHub hub) {
        this.comments = comments;
        this.hub = hub;
    }

    @Override
    public Component thread(String target, long targetId, String regionCode, String link) {
        return new CommentThread(comments, hub,
                new CommentRef(CommentTarget.valueOf(target), targetId, regionCode, link));
    }
}
