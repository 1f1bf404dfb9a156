package id.go.kemendagri.siap.liveupdate;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.MenuCounts;

/**
 * Keeps the numbers beside the menu entries live: every open UI hears the committed changes that can move a
 * count (coalesced by the hub like every other push) and redraws its menu from {@link MenuCounts}, which
 * computes each count once per role and province, not once per screen.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MenuCountPush implements VaadinServiceInitListener {

    private final LiveUpdateHub hub;
    private final MenuCounts counts;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var ui = init.getUI();
            var subscription = hub.subscribe(ui, counts::movedBy, changes -> redraw(ui));
            ui.addDetachListener(detach -> subscription.remove());
        });
    }

    private static void redraw(UI ui) {
        ui.getInternals().getActiveRouterTargetsChain().stream().filter(MainLayout.class::isInstance)
                .map(MainLayout.class::cast).findFirst().ifPresent(MainLayout::refreshMenuCounts);
    }

}
