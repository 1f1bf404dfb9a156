package id.go.kemendagri.siap.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import id.go.kemendagri.siap.base.StoredFile;

/** A field whose value went from {@code oldValue} to {@code newValue}; {@code null} means empty. */
public record FieldChange(String field, String oldValue, String newValue) {

    /**
     * A file attached in place of {@code before} (or of none: null): the old file's name, the new one's name and
     * checksum, "notulen.pdf (sha256 9f86...)" (the activity feed shows the name alone).
     */
    public static FieldChange file(String field, StoredFile before, StoredFile after) {
        return new FieldChange(field, before == null ? null : before.name(),
                after.name() + " (sha256 " + after.sha256() + ")");
    }

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

    /**
     * Collects the changes of a record from {@code before}, its state as stored, or from nothing when it is new
     * ({@code null}): then every old value is empty.
     */
    public static <B> Since<B> since(B before) {
        return new Since<>(before);
    }

    /** As {@link #since(Object)}, with a record that may not be stored yet. */
    public static <B> Since<B> since(Optional<B> before) {
        return new Since<>(before.orElse(null));
    }

    /** A {@link Collector} that reads each old value from the record as it was. */
    @RequiredArgsConstructor(access = AccessLevel.PRIVATE)
    public static final class Since<B> {

        private final B before;
        private final Collector collector = new Collector();

        public Since<B> compare(String field, Function<? super B, ?> oldValue, Object newValue) {
            collector.compare(field, before == null ? null : oldValue.apply(before), newValue);
            return this;
        }

        public List<FieldChange> changes() {
            return collector.changes();
        }
    }
}
