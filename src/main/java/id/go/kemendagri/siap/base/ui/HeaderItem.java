package id.go.kemendagri.siap.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts into the shell's header, after the bar (the inbox's bell): a Spring bean whose
 * {@link #create()} makes a fresh component for every shell, which binds its own live updates.
 */
public interface HeaderItem {

    /** Position in the header, lower first. */
    default int order() {
        return 100;
    }

    Component create();
}
