package id.go.kemendagri.siap.comment.ui;

import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.details.Details;

import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.comment.CommentChanged;
import id.go.kemendagri.siap.comment.CommentRef;
import id.go.kemendagri.siap.comment.CommentService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * The region page's discussion (order 500, after the follow-ups): a closed section that says how many comments
 * the region has (live) and builds the live comment thread with mentions only while it is open, so that a visit
 * that does not read the discussion keeps the page small. A notification's link opens it
 * ({@code wilayah/62.07?buka=diskusi}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegionComments implements RegionSection {

    /** The name of the part in the address ({@code ?buka=diskusi}). */
    static final String PART = "diskusi";

    private final CommentService comments;
    private final RegionAccess access;
    private final LiveUpdateHub hub;

    @Override
    public int order() {
        return 500;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(RegionPage region) {
        if (!access.canRead(region.code())) {
            return Optional.empty();
        }
        var ref = CommentRef.region(region.code());
        var section = new Details();
        section.setId("region-comments");
        section.addClassNames("card", "region-comments");
        Runnable count = () -> section.setSummaryText(
                section.getTranslation("comment.region.summary", comments.count(ref)));
        count.run();
        section.addOpenedChangeListener(event -> show(section, ref, event.isOpened()));
        LiveUpdates.bind(section, hub, CommentChanged.class, c -> c.target() == ref.target()
                && c.regionCode().equals(ref.regionCode()), changes -> count.run());
        if (region.opens(PART)) {
            section.setOpened(true);
            show(section, ref, true);
        }
        return Optional.of(section);
    }

    /** Builds the thread when the section opens (once), and lets it go when it closes. */
    private void show(Details section, CommentRef ref, boolean opened) {
        if (!opened) {
            section.removeAll();
        } else if (section.getContent().noneMatch(CommentThread.class::isInstance)) {
            section.add(new CommentThread(comments, hub, ref));
        }
    }
}
