package id.go.kemendagri.siap.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import lombok.Getter;

/** A clock that tests set and move forward, for lock-outs, deadlines and quarters. */
public final class MutableClock extends Clock {

    /** A Monday morning in Jakarta: where every test that uses this clock starts. */
    public static final Instant START = Instant.parse("2026-01-05T01:00:00Z");

    @Getter
    private final ZoneId zone;
    private volatile Instant now;

    public MutableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void set(Instant instant) {
        now = instant;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
