package id.go.kemendagri.siap.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A field whose value went from {@code oldValue} to {@code newValue}; {@code null} means empty. */
public record FieldChange(String field, String oldValue, String newValue) {

    /** Collects the fields that really changed, skipping those whose value stayed the same. */
    public static final class Collector {

        private final List<FieldChange> changes = new ArrayList<>();

        public Collector compare(String field, Object oldValue, Object newValue) {
            var before = oldValue == null ? null : oldValue.toString();
            var after = newValue == null ? null : newValue.toString();
            if (!Objects.equals(before, after)) {
                changes.add(new FieldChange(field, before, after));
            }
            return this;
        }

        public List<FieldChange> changes() {
            return List.copyOf(changes);
        }
    }
}
