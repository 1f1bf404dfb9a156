package id.go.kemendagri.siap.liveupdate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;

import id.go.kemendagri.siap.base.RegionChange;

class LiveUpdateHubTest {

    record Changed(String regionCode, int n) implements RegionChange {
    }

    /** A UI whose access() runs the command at once, as if the session lock were free. */
    static class DirectUI extends UI {
        /** A UI in a (mocked) session, as one is when components attach and detach. */
        static DirectUI inASession() {
            var ui = new DirectUI();
            ui.getInternals().setSession(org.mockito.Mockito.mock(VaadinSession.class));
            return ui;
        }

        @Override
        public java.util.concurrent.Future<Void> access(com.vaadin.flow.server.Command command) {
            command.execute();
            return java.util.concurrent.CompletableFuture.completedFuture(null);
        }
    }

    LiveUpdateHub hub;
    final List<List<RegionChange>> pushes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void createHub() {
        hub = new LiveUpdateHub(new LiveUpdateProperties(Duration.ofMillis(200)), new SimpleMeterRegistry());
    }

    @AfterEach
    void stopHub() {
        hub.stop();
    }

    @Test
    void a_change_reaches_only_subscribers_whose_filter_matches() {
        hub.subscribe(new DirectUI(), LiveUpdates.region("62.07"), pushes::add);
        var other = new CopyOnWriteArrayList<List<RegionChange>>();
        hub.subscribe(new DirectUI(), LiveUpdates.region("64.72"), other::add);

        hub.publish(new Changed("62.07", 1));

        await().atMost(Duration.ofSeconds(2)).until(() -> pushes.size() == 1);
        assertThat(pushes.getFirst()).containsExactly(new Changed("62.07", 1));
        assertThat(other).isEmpty();
    }

    @Test
    void a_burst_is_delivered_as_few_coalesced_pushes_without_duplicates() {
        hub.subscribe(new DirectUI(), change -> true, pushes::add);

        for (var i = 0; i < 500; i++) {
            hub.publish(new Changed("62." + i, 1));
        }
        for (var i = 0; i < 10; i++) {
            hub.publish(new Changed("62.7", 2));
        }

        await().atMost(Duration.ofSeconds(3)).until(() -> pushes.stream().mapToInt(List::size).sum() == 501);
        assertThat(pushes.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void after_unsubscribing_nothing_more_arrives() throws InterruptedException {
        var registration = hub.subscribe(new DirectUI(), change -> true, pushes::add);
        registration.remove();

        hub.publish(new Changed("62.07", 1));

        Thread.sleep(300);
        assertThat(pushes).isEmpty();
        assertThat(hub.subscriberCount()).isZero();
    }

    @Test
    void a_thousand_attach_detach_cycles_leave_no_subscription_behind() {
        var ui = DirectUI.inASession();
        for (var i = 0; i < 1000; i++) {
            var component = new Div();
            LiveUpdates.bind(component, hub, RegionChange.class, change -> true, pushes::add);
            ui.add(component);
            ui.remove(component);
        }

        assertThat(hub.subscriberCount()).isZero();
    }

    @Test
    void a_component_attached_again_has_exactly_one_subscription() {
        var ui = DirectUI.inASession();
        var component = new Div();
        LiveUpdates.bind(component, hub, RegionChange.class, change -> true, pushes::add);

        ui.add(component);
        ui.remove(component);
        ui.add(component);

        assertThat(hub.subscriberCount()).isEqualTo(1);
    }

    record Other(String regionCode) implements RegionChange {
    }

    @Test
    void a_screen_bound_to_one_event_type_gets_only_that_type() {
        var ui = DirectUI.inASession();
        var component = new Div();
        var typed = new CopyOnWriteArrayList<List<Changed>>();
        LiveUpdates.bind(component, hub, Changed.class, change -> change.n() > 1, typed::add);
        ui.add(component);

        hub.publish(new Other("62.07"));
        hub.publish(new Changed("62.07", 1));
        hub.publish(new Changed("62.07", 2));

        await().atMost(Duration.ofSeconds(2)).until(() -> !typed.isEmpty());
        assertThat(typed.getFirst()).containsExactly(new Changed("62.07", 2));
    }
}
