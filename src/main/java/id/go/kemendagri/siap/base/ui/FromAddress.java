package id.go.kemendagri.siap.base.ui;

import java.io.Serializable;

/**
 * A page's fields set from its address (a shared filtered list, {@code ?cari=budi}) fire no search per field:
 * while {@link #set} runs, the listeners that go through {@link #ifByUser} do nothing; the page reads once after.
 */
public final class FromAddress implements Serializable {

    private boolean setting;

    /** Sets the fields from the address ({@code setFields}) without a search per field. */
    public void set(Runnable setFields) {
        setting = true;
        try {
            setFields.run();
        } finally {
            setting = false;
        }
    }

    /** Runs {@code onChange} for a change the user made, not one the address made. */
    public void ifByUser(Runnable onChange) {
        if (!setting) {
            onChange.run();
        }
    }
}
