package id.go.kemendagri.siap.base;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.Getter;

/**
 * A row with a generated id and the {@code @Version} a later save must name, but without {@link Stamped}'s demo flag
 * and last change (templates, indicators, comments, users, tokens, the mail outbox keep their own dates, if any).
 */
@MappedSuperclass
public abstract class VersionedRecord extends Identified {

    @Getter
    @Version
    private long version;
}
