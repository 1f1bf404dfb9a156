package id.go.kemendagri.siap.base.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part of the region page ({@code /wilayah/{code}}) contributed by a feature, so that the region
 * feature shows heads, checklists, budgets and follow-ups without depending on them. Implementations
 * are Spring beans in the contributing feature's {@code ui} package; the region page asks each one,
 * in {@link #order()}, for a fresh component every time it is opened. The component binds its own
 * live updates and checks what the current user may do through its feature's services.
 */
public interface RegionSection {

    /** Position on the page, lower first: 100 heads, 200 checklist, 300 budget, 400 follow-ups. */
    int order();

    /** The section for one region, or empty when it does not apply to that region or user. */
    Optional<Component> create(RegionPage region);

    /** What a section needs to know about the region it is shown for. */
    record RegionPage(String code, String name, String provinceCode, String level, boolean holdsPilkada) {
    }
}
