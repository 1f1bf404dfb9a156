package id.go.kemendagri.siap.leadership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import id.go.kemendagri.siap.base.Formats;

/** A clock tests set to a day in Jakarta and move forward. */
public final class MutableClock extends Clock {

    private Instant now;

    public MutableClock(LocalDate today) {
        setToday(today);
    }

    public void setToday(LocalDate today) {
        now = today.atTime(10, 0).atZone(Formats.WIB).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return Formats.WIB;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
