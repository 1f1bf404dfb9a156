package id.go.kemendagri.siap.liveupdate;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.base.RegionChange;

/** Ties a subscription to a component's life: subscribed while attached, gone when detached. */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /** Changes to one region. */
    public static Predicate<RegionChange> region(String regionCode) {
        return change -> regionCode.equals(change.regionCode());
    }

    /**
     * Delivers the committed changes of one type (an event record, or an interface such as a feature's
     * sealed family of events; {@code RegionChange.class} for all) that pass {@code filter} to {@code handler}
     * while {@code component} is attached.
     */
    public static <E extends RegionChange> void bind(Component component, LiveUpdateHub hub, Class<E> type,
            Predicate<? super E> filter, Consumer<List<E>> handler) {
        bindAll(component, hub, change -> type.isInstance(change) && filter.test(type.cast(change)),
                changes -> handler.accept(changes.stream().map(type::cast).toList()));
    }

    private static void bindAll(Component component, LiveUpdateHub hub, Predicate<RegionChange> filter,
            Consumer<List<RegionChange>> handler) {
        var holder = new Registration[1];
        component.addAttachListener(attach -> {
            if (holder[0] != null) {
                holder[0].remove();
            }
            holder[0] = hub.subscribe(attach.getUI(), filter, handler);
        });
        component.addDetachListener(detach -> {
            if (holder[0] != null) {
                holder[0].remove();
                holder[0] = null;
            }
        });
        component.getUI().ifPresent(ui -> holder[0] = hub.subscribe(ui, filter, handler));
    }
}
