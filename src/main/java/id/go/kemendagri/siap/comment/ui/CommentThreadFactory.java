package id.go.kemendagri.siap.comment.ui;

import com.vaadin.flow.component.Component;

import id.go.kemendagri.siap.base.ui.CommentThreads;
import id.go.kemendagri.siap.comment.CommentRef;
import id.go.kemendagri.siap.comment.CommentService;
import id.go.kemendagri.siap.comment.CommentTarget;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** The comment feature's {@link CommentThreads}: a live thread for the checklist, follow-up and grant editors. */
@org.springframework.stereotype.Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CommentThreadFactory implements CommentThreads {

    private final CommentService comments;
    private final LiveUpdateHub hub;

    @Override
    public Component thread(String target, long targetId, String regionCode, String link) {
        return new CommentThread(comments, hub,
                new CommentRef(CommentTarget.valueOf(target), targetId, regionCode, link));
    }
}
