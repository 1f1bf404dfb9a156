package id.go.kemendagri.siap.liveupdate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.base.UserProfile;
import jakarta.annotation.PreDestroy;

/**
 * Who has a place (a region page, say {@code region:62.07}) open right now, and what they are editing
 * there. Screens join when shown and leave when detached; a tab that is closed, or whose connection is
 * lost (no heartbeat for {@code siap.presence.stale-after}), is dropped by a sweep every second. Changes
 * reach the other screens of the place through {@code UI.access}, at most a few times a second.
 */
@Component
public class PresenceRegistry {

    private static final Logger log = LoggerFactory.getLogger(PresenceRegistry.class);

    /** One person at a place; {@code editing} names the form they have open, or is null. */
    public record Viewer(String username, String fullName, String roleKey, String provinceCode, String editing) {
    }

    private final Map<String, Map<UI, Entry>> places = new ConcurrentHashMap<>();
    private final Map<String, Boolean> dirty = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "presence");
        thread.setDaemon(true);
        return thread;
    });
    private final long staleAfterMillis;

    PresenceRegistry(@Value("${siap.presence.stale-after:15s}") Duration staleAfter) {
        this.staleAfterMillis = staleAfter.toMillis();
        scheduler.scheduleWithFixedDelay(this::sweepAndNotify, 200, 200, TimeUnit.MILLISECONDS);
    }

    private static final class Entry {
        final UserProfile user;
        final Consumer<List<Viewer>> listener;
        volatile String editing;

        Entry(UserProfile user, Consumer<List<Viewer>> listener) {
            this.user = user;
            this.listener = listener;
        }
    }

    /** Shows {@code user} at {@code place} on {@code ui}; {@code listener} gets everyone there after each change. */
    public Registration join(UI ui, String place, UserProfile user, Consumer<List<Viewer>> listener) {
        places.computeIfAbsent(place, key -> new ConcurrentHashMap<>()).put(ui, new Entry(user, listener));
        dirty.put(place, true);
        return () -> leave(ui, place);
    }

    /** Says which form the user has open at the place on this screen ({@code null}: none). */
    public void editing(UI ui, String place, String form) {
        var entry = places.getOrDefault(place, Map.of()).get(ui);
        if (entry != null && !Objects.equals(entry.editing, form)) {
            entry.editing = form;
            dirty.put(place, true);
        }
    }

    /** Everyone at the place, one entry per person (several tabs count once), by name. */
    public List<Viewer> viewers(String place) {
        var byUser = new LinkedHashMap<String, Viewer>();
        for (var entry : places.getOrDefault(place, Map.of()).values()) {
            var user = entry.user;
            var known = byUser.get(user.username());
            var editing = entry.editing != null ? entry.editing : known == null ? null : known.editing();
            byUser.put(user.username(), new Viewer(user.username(), user.fullName(), user.roleKey(), user.provinceCode(), editing));
        }
        var result = new ArrayList<>(byUser.values());
        result.sort(Comparator.comparing(Viewer::fullName));
        return result;
    }

    /** How many screens are registered anywhere; for tests and benchmarks. */
    public int screenCount() {
        return places.values().stream().mapToInt(Map::size).sum();
    }

    void leave(UI ui, String place) {
        var screens = places.get(place);
        if (screens != null && screens.remove(ui) != null) {
            if (screens.isEmpty()) {
                places.remove(place, screens);
            }
            dirty.put(place, true);
        }
    }

    void sweepAndNotify() {
        try {
            var now = System.currentTimeMillis();
            places.forEach((place, screens) -> screens.keySet().forEach(ui -> {
                if (gone(ui, now)) {
                    leave(ui, place);
                }
            }));
            for (var place : List.copyOf(dirty.keySet())) {
                dirty.remove(place);
                notifyPlace(place);
            }
        } catch (RuntimeException e) {
            log.warn("Presence sweep failed", e);
        }
    }

    private boolean gone(UI ui, long now) {
        if (ui.isClosing()) {
            return true;
        }
        var lastHeartbeat = ui.getInternals().getLastHeartbeatTimestamp();
        return lastHeartbeat > 0 && now - lastHeartbeat > staleAfterMillis;
    }

    private void notifyPlace(String place) {
        var viewers = viewers(place);
        for (var screen : places.getOrDefault(place, Map.of()).entrySet()) {
            var listener = screen.getValue().listener;
            try {
                screen.getKey().access(() -> listener.accept(viewers));
            } catch (com.vaadin.flow.component.UIDetachedException e) {
                leave(screen.getKey(), place);
            }
        }
    }

    @PreDestroy
    void stop() {
        scheduler.shutdownNow();
    }
}
