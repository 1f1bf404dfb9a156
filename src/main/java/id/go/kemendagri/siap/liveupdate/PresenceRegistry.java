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

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.base.UserProfile;
import id.go.kemendagri.siap.cluster.ClusterPresence;
import jakarta.annotation.PreDestroy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who has a place (a region page, say {@code region:62.07}) open right now, and what they are editing
 * there. Screens join when shown and leave when detached; a tab that is closed, or whose connection is
 * lost (no heartbeat for {@code siap.presence.stale-after}), is dropped by a sweep every second. Changes
 * reach the other screens of the place through {@code UI.access}, at most a few times a second.
 * <p>
 * In cluster mode ({@link ClusterPresence}) each screen is also an entry in Redis, refreshed every third of the
 * entry's time to live while its heartbeats arrive; the people on other nodes are read from there, so a place
 * shows everyone on every node, and those of a node that died disappear when their entries expire.
 */
@Component
public class PresenceRegistry {

    private static final Logger log = LoggerFactory.getLogger(PresenceRegistry.class);

    /** One person at a place; {@code editing} names the form they have open, or is null. */
    public record Viewer(String username, String fullName, String roleKey, String provinceCode, String editing) {
    }

    private final Map<String, Map<UI, Entry>> places = new ConcurrentHashMap<>();
    private final Map<String, Boolean> dirty = new ConcurrentHashMap<>();
    /** Places where a screen of this node came, left or changed what it edits: stored in Redis and announced. */
    private final Map<String, Boolean> changed = new ConcurrentHashMap<>();
    /** What the other nodes had at each place the last time it was read, to notice people coming and going. */
    private final Map<String, Map<String, String>> remoteSeen = new ConcurrentHashMap<>();
    private final ClusterPresence cluster;
    private final JsonMapper json;
    private final long refreshMillis;
    private long lastRefresh;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "presence");
        thread.setDaemon(true);
        return thread;
    });
    private final long staleAfterMillis;

    PresenceRegistry(@Value("${siap.presence.stale-after:15s}") Duration staleAfter,
            ObjectProvider<ClusterPresence> cluster, ObjectProvider<JsonMapper> json) {
        this.staleAfterMillis = staleAfter.toMillis();
        this.cluster = cluster.getIfAvailable();
        this.json = json.getIfAvailable(JsonMapper::new);
        this.refreshMillis = this.cluster == null ? Long.MAX_VALUE : Math.max(500, this.cluster.ttl().toMillis() / 3);
        if (this.cluster != null) {
            this.cluster.onAnnounced(place -> {
                if (places.containsKey(place)) {
                    dirty.put(place, true);
                }
            });
        }
        scheduler.scheduleWithFixedDelay(this::sweepAndNotify, 200, 200, TimeUnit.MILLISECONDS);
    }

    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    private static final class Entry {
        final String id = java.util.UUID.randomUUID().toString();
        final UserProfile user;
        final Consumer<List<Viewer>> listener;
        volatile String editing;
    }

    /** Shows {@code user} at {@code place} on {@code ui}; {@code listener} gets everyone there after each change. */
    public Registration join(UI ui, String place, UserProfile user, Consumer<List<Viewer>> listener) {
        var previous = places.computeIfAbsent(place, key -> new ConcurrentHashMap<>()).put(ui, new Entry(user, listener));
        if (previous != null && cluster != null) {
            cluster.remove(place, previous.id);
        }
        dirty.put(place, true);
        changed.put(place, true);
        return () -> leave(ui, place);
    }

    /** Says which form the user has open at the place on this screen ({@code null}: none). */
    public void editing(UI ui, String place, String form) {
        var entry = places.getOrDefault(place, Map.of()).get(ui);
        if (entry != null && !Objects.equals(entry.editing, form)) {
            entry.editing = form;
            dirty.put(place, true);
            changed.put(place, true);
        }
    }

    /** Everyone at the place (on every node in cluster mode), one entry per person (several tabs count once), by name. */
    public List<Viewer> viewers(String place) {
        var all = new ArrayList<Viewer>();
        for (var entry : places.getOrDefault(place, Map.of()).values()) {
            all.add(viewer(entry));
        }
        if (cluster != null) {
            var remote = cluster.others(place);
            remoteSeen.put(place, remote);
            for (var value : remote.values()) {
                try {
                    all.add(json.readValue(value, Viewer.class));
                } catch (RuntimeException e) {
                    log.debug("Presence entry of another node not understood: {}", value);
                }
            }
        }
        var byUser = new LinkedHashMap<String, Viewer>();
        for (var viewer : all) {
            var known = byUser.get(viewer.username());
            var editing = viewer.editing() != null ? viewer.editing() : known == null ? null : known.editing();
            byUser.put(viewer.username(), new Viewer(viewer.username(), viewer.fullName(), viewer.roleKey(),
                    viewer.provinceCode(), editing));
        }
        var result = new ArrayList<>(byUser.values());
        result.sort(Comparator.comparing(Viewer::fullName));
        return result;
    }

    private static Viewer viewer(Entry entry) {
        var user = entry.user;
        return new Viewer(user.username(), user.fullName(), user.roleKey(), user.provinceCode(), entry.editing);
    }

    /** How many screens are registered anywhere; for tests and benchmarks. */
    public int screenCount() {
        return places.values().stream().mapToInt(Map::size).sum();
    }

    void leave(UI ui, String place) {
        var screens = places.get(place);
        var entry = screens == null ? null : screens.remove(ui);
        if (entry != null) {
            if (screens.isEmpty()) {
                places.remove(place, screens);
                remoteSeen.remove(place);
            }
            dirty.put(place, true);
            if (cluster != null) {
                cluster.remove(place, entry.id);
                changed.put(place, true);
            }
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
            if (cluster != null) {
                shareWithCluster(now);
            }
            for (var place : List.copyOf(dirty.keySet())) {
                dirty.remove(place);
                notifyPlace(place);
            }
        } catch (RuntimeException e) {
            log.warn("Presence sweep failed", e);
        }
    }

    /**
     * Stores the places this node's screens changed and announces them; every third of the time to live,
     * refreshes all entries and redraws the places where the other nodes' people changed (one expired, say).
     */
    private void shareWithCluster(long now) {
        var refresh = now - lastRefresh >= refreshMillis;
        var toStore = refresh ? List.copyOf(places.keySet()) : List.copyOf(changed.keySet());
        for (var place : toStore) {
            for (var entry : places.getOrDefault(place, Map.of()).values()) {
                cluster.put(place, entry.id, json.writeValueAsString(viewer(entry)));
            }
        }
        for (var place : List.copyOf(changed.keySet())) {
            changed.remove(place);
            cluster.announce(place);
        }
        if (refresh) {
            lastRefresh = now;
            for (var place : places.keySet()) {
                if (!dirty.containsKey(place) && !cluster.others(place).equals(remoteSeen.get(place))) {
                    dirty.put(place, true);
                }
            }
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
