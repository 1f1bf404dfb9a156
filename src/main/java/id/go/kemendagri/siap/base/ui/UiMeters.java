package id.go.kemendagri.siap.base.ui;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts what the users hold open on this node, for the Prometheus scrape: Vaadin sessions
 * ({@code siap.sessions.open}) and UIs, one per open browser tab ({@code siap.ui.open}).
 */
@Component
class UiMeters implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    UiMeters(MeterRegistry registry) {
        Gauge.builder("siap.sessions.open", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(registry);
        Gauge.builder("siap.ui.open", uis, AtomicInteger::get)
                .description("Open UIs (browser tabs) on this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.addSessionInitListener(init -> sessions.incrementAndGet());
        service.addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        service.addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }
}
