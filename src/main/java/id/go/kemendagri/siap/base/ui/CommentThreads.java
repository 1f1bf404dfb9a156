package id.go.kemendagri.siap.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Makes a live comment thread (the comment feature's bean) for features that show one beside a record without
 * depending on that feature: {@code target} is {@code REGION}, {@code CHECKLIST_ITEM}, {@code FOLLOW_UP} or
 * {@code GRANT}, {@code link} the route that notifications about the thread point at (e.g. {@code wilayah/62.07}).
 */
public interface CommentThreads {

    Component thread(String target, long targetId, String regionCode, String link);
}
