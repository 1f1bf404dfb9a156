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

    /**
     * What a section needs to know about the region it is shown for, the page's presence, and the parts the
     * address asks to open ({@code ?buka=diskusi}: a link from a notification to a closed part).
     */
    record RegionPage(String code, String name, String provinceCode, String level, boolean holdsPilkada,
            Presence presence, java.util.Set<String> open) {

        /** The query parameter that names parts to open, e.g. {@code wilayah/62.07?buka=diskusi}. */
        public static final String OPEN_PARAMETER = "buka";

        public RegionPage {
            open = java.util.Set.copyOf(open);
        }

        public RegionPage(String code, String name, String provinceCode, String level, boolean holdsPilkada) {
            this(code, name, provinceCode, level, holdsPilkada, Presence.NONE, java.util.Set.of());
        }

        /** Whether the address asks to open the part called {@code part}. */
        public boolean opens(String part) {
            return open.contains(part);
        }
    }

    /**
     * Who else is on the region page, for sections: say which form this user has open (a key such as
     * {@code checklist:KLB-02}, or null when none), and hear which forms others have open (key to their
     * names) so that the section can mark them.
     */
    interface Presence {

        Presence NONE = new Presence() {
            @Override
            public void editing(String form) {
            }

            @Override
            public void onOthersEditing(java.util.function.Consumer<java.util.Map<String, java.util.List<String>>> listener) {
            }
        };

        void editing(String form);

        void onOthersEditing(java.util.function.Consumer<java.util.Map<String, java.util.List<String>>> listener);
    }
}
