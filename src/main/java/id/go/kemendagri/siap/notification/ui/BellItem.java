package id.go.kemendagri.siap.notification.ui;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Span;

import id.go.kemendagri.siap.base.ui.HeaderItem;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.notification.NotificationService;
import id.go.kemendagri.siap.security.RegionAccess;

/** Puts the {@link Bell} into the shell's header for a signed-in user. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BellItem implements HeaderItem {

    private final NotificationService notifications;
    private final RegionAccess access;
    private final LiveUpdateHub hub;

    @Override
    public com.vaadin.flow.component.Component create() {
        return access.current().<com.vaadin.flow.component.Component>map(user -> new Bell(notifications, hub, user.username()))
                .orElseGet(Span::new);
    }
}
