package id.go.kemendagri.siap.liveupdate;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

import id.go.kemendagri.siap.base.UserProfile;
import id.go.kemendagri.siap.base.UserProfiles;

/**
 * "Also here": the other people who have this place open, with role and province, and what they are
 * editing. Joins the place while attached and leaves when detached.
 */
public class PresenceBar extends Div {

    private final transient PresenceRegistry registry;
    private final String place;
    private final transient UserProfile me;
    private final Div people = new Div();
    private transient Consumer<List<PresenceRegistry.Viewer>> othersListener = others -> { };
    private Registration registration;

    public PresenceBar(PresenceRegistry registry, UserProfiles profiles, String place) {
        this.registry = registry;
        this.place = place;
        this.me = profiles.current().orElse(null);
        addClassName("presence-bar");
        setId("presence-bar");
        people.addClassName("presence-people");
        add(people);
        setVisible(false);
        addAttachListener(attach -> join(attach.getUI()));
        addDetachListener(detach -> leave());
    }

    /** Called with the others at this place (not the user) whenever that changes. */
    public void onOthersChanged(Consumer<List<PresenceRegistry.Viewer>> listener) {
        this.othersListener = listener;
    }

    /** Tells the others which form this user has open here ({@code null}: none). */
    public void editing(String form) {
        getUI().ifPresent(ui -> registry.editing(ui, place, form));
    }

    private void join(UI ui) {
        leave();
        if (me != null) {
            registration = registry.join(ui, place, me, this::show);
        }
    }

    private void leave() {
        if (registration != null) {
            registration.remove();
            registration = null;
        }
    }

    void show(List<PresenceRegistry.Viewer> everyone) {
        var others = everyone.stream().filter(viewer -> me == null || !viewer.username().equals(me.username())).toList();
        people.removeAll();
        setVisible(!others.isEmpty());
        if (!others.isEmpty()) {
            people.add(new Span(getTranslation("presence.also-here")));
        }
        for (var viewer : others) {
            var avatar = new Avatar(viewer.fullName());
            avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
            var role = getTranslation(viewer.roleKey()) + (viewer.provinceCode().isEmpty() ? "" : " · " + viewer.provinceCode());
            var label = new Span(viewer.fullName() + " (" + role + ")");
            label.addClassName("presence-name");
            var person = new Span(avatar, label);
            person.addClassName("presence-person");
            person.getElement().setAttribute("data-username", viewer.username());
            if (viewer.editing() != null) {
                var editing = new Span(getTranslation("presence.editing", getTranslation("presence.form." + viewer.editing())));
                editing.getElement().getThemeList().add("badge warning small");
                editing.addClassName("presence-editing");
                person.add(editing);
            }
            people.add(person);
        }
        othersListener.accept(others);
    }
}
