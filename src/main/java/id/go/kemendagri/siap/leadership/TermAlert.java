package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

/** An active term ending soon (or already past). {@code daysLeft} is negative once it passed. */
public record TermAlert(String regionCode, String regionName, HeadStatus status, String personName,
        LocalDate termEndsOn, int extensionCount, long daysLeft) {
}
