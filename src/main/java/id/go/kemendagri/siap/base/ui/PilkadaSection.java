package id.go.kemendagri.siap.base.ui;

import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;

/**
 * A {@link RegionSection} shown only on the page of a region that holds a Pilkada, whose panel takes part in
 * the comment threads when that feature is present.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class PilkadaSection implements RegionSection {

    private final int order;
    private final ObjectProvider<CommentThreads> threads;

    @Override
    public int order() {
        return order;
    }

    @Override
    public final Optional<Component> create(RegionPage region) {
        if (!region.holdsPilkada()) {
            return Optional.empty();
        }
        return Optional.of(panel(region, threads.getIfAvailable()));
    }

    /** The section for a region that holds a Pilkada; {@code threads} is null without the comment feature. */
    protected abstract Component panel(RegionPage region, CommentThreads threads);
}
