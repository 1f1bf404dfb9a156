package id.go.kemendagri.siap.dashboard;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the summary boards ({@code siap.board.*}).
 *
 * @param readyPercent  a region is ready when its verified readiness is at least this (percent)
 * @param lowBelow      below this verified readiness (percent) a region is in the low band
 * @param deadlineDays  the "upcoming deadlines" list looks this many days ahead
 * @param leastReady    how many of the least ready regions the board lists
 * @param listLimit     at most this many rows per kind in the deadline and overdue lists (counts stay exact)
 */
@ConfigurationProperties("siap.board")
public record BoardProperties(
        @DefaultValue("80") int readyPercent,
        @DefaultValue("50") int lowBelow,
        @DefaultValue("30") int deadlineDays,
        @DefaultValue("20") int leastReady,
        @DefaultValue("50") int listLimit) {

    public BoardProperties {
        if (lowBelow < 0 || lowBelow > readyPercent || readyPercent > 100) {
            throw new IllegalArgumentException("siap.board: need 0 <= low-below <= ready-percent <= 100");
        }
    }

    public static BoardProperties defaults() {
        return new BoardProperties(80, 50, 30, 20, 50);
    }

    /** The band of a region (or area) from its verified readiness; {@code NONE} without any checklist. */
    public ReadinessBand band(boolean hasChecklist, int verifiedPercent) {
        if (!hasChecklist) {
            return ReadinessBand.NONE;
        }
        if (verifiedPercent >= readyPercent) {
            return ReadinessBand.READY;
        }
        return verifiedPercent >= lowBelow ? ReadinessBand.MEDIUM : ReadinessBand.LOW;
    }
}
