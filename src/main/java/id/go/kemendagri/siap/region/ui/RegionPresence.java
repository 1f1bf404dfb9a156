package id.go.kemendagri.siap.region.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.liveupdate.PresenceBar;

/**
 * The region page's presence for the Desk contact and the sections: one bar that shows who else is
 * here, and the forms they have open, handed to every part of the page that asked.
 */
final class RegionPresence implements RegionSection.Presence {

    private final PresenceBar bar;
    private final List<Consumer<Map<String, List<String>>>> listeners = new ArrayList<>();

    RegionPresence(PresenceBar bar) {
        this.bar = bar;
        bar.onOthersChanged(others -> {
            var forms = new HashMap<String, List<String>>();
            others.stream().filter(viewer -> viewer.editing() != null).forEach(viewer ->
                    forms.computeIfAbsent(viewer.editing(), form -> new ArrayList<>()).add(viewer.fullName()));
            listeners.forEach(listener -> listener.accept(forms));
        });
    }

    PresenceBar bar() {
        return bar;
    }

    @Override
    public void editing(String form) {
        bar.editing(form);
    }

    @Override
    public void onOthersEditing(Consumer<Map<String, List<String>>> listener) {
        listeners.add(listener);
    }
}
