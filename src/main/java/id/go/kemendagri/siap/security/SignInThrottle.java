package id.go.kemendagri.siap.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock a user out: failures are counted per typed user
 * name and source address; from the {@code maxFailedAttempts}-th failure in a row that pair is held back for
 * {@code firstDelay}, doubling with each further failure up to {@code maxDelay}. A user signing in from
 * another address is not affected, so an attacker cannot shut an administrator out of the whole system.
 * Unknown names are counted like real ones, so that holding back says nothing about which names exist.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SignInThrottle {

    /** Where the address is not known (a sign-in not made over HTTP). */
    static final String UNKNOWN_ADDRESS = "-";

    private final JdbcTemplate jdbc;
    private final SecurityProperties properties;
    private final Clock clock;

    /** Until when sign-ins for this name from this address are held back; null when they are not. */
    @Transactional(readOnly = true)
    public Instant heldUntil(String username, String address) {
        return jdbc.query("select held_until from sign_in_throttle where username = ? and remote_address = ?"
                + " and held_until > ?", (rs, n) -> rs.getTimestamp(1).toInstant(), key(username), address(address),
                now()).stream().findFirst().orElse(null);
    }

    /**
     * Counts a failure (not one refused because the pair was held back: those do not extend the hold) and
     * returns until when the pair is now held back, or null.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instant failed(String username, String address) {
        var name = key(username);
        var from = address(address);
        var now = clock.instant();
        forgetOld(now);
        // Insert first: a first failure takes no lock on a row that does not exist yet (no gap-lock deadlock
        // between two first failures of the same pair); a pair seen before is locked and counted on.
        try {
            jdbc.update("insert into sign_in_throttle (username, remote_address, failures, held_until, last_failure_at)"
                    + " values (?, ?, ?, ?, ?)", name, from, 1, timestamp(heldUntil(1, now)), Timestamp.from(now));
            return heldUntil(1, now);
        } catch (DuplicateKeyException seenBefore) {
            var before = jdbc.queryForObject("select failures, last_failure_at from sign_in_throttle where username = ?"
                    + " and remote_address = ? for update", (rs, n) -> rs.getTimestamp(2).toInstant()
                            .isBefore(now.minus(properties.failureMemory())) ? 0 : rs.getInt(1), name, from);
            var failures = before + 1;
            var heldUntil = heldUntil(failures, now);
            jdbc.update("update sign_in_throttle set failures = ?, held_until = ?, last_failure_at = ? where username = ?"
                    + " and remote_address = ?", failures, timestamp(heldUntil), Timestamp.from(now), name, from);
            return heldUntil;
        }
    }

    /** A good sign-in from an address clears that address's count for the name; other addresses keep theirs. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void succeeded(String username, String address) {
        jdbc.update("delete from sign_in_throttle where username = ? and remote_address = ?", key(username),
                address(address));
    }

    /** Forgets every count and hold of a name (an administrator releases the user). */
    @Transactional(propagation = Propagation.MANDATORY)
    public int release(String username) {
        return jdbc.update("delete from sign_in_throttle where username = ?", key(username));
    }

    /** The latest end of a current hold of this name from any address; null when none. */
    @Transactional(readOnly = true)
    public Instant latestHold(String username) {
        return jdbc.query("select max(held_until) from sign_in_throttle where username = ? and held_until > ?",
                (rs, n) -> rs.getTimestamp(1), key(username), now()).stream().filter(java.util.Objects::nonNull)
                .map(Timestamp::toInstant).findFirst().orElse(null);
    }

    /** Current holds, the latest ending first, with whether the name belongs to an account. */
    @Transactional(readOnly = true)
    public List<SignInHold> holds(int limit) {
        return jdbc.query("select t.username, t.remote_address, t.failures, t.held_until, u.id from sign_in_throttle t"
                + " left join app_user u on u.username = t.username where t.held_until > ?"
                + " order by t.held_until desc, t.username, t.remote_address limit ?",
                (rs, n) -> new SignInHold(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
                        rs.getObject(5) != null), now(), limit);
    }

    @Transactional(readOnly = true)
    public long countHolds() {
        return jdbc.queryForObject("select count(*) from sign_in_throttle where held_until > ?", Long.class, now());
    }

    /** The hold after the n-th failure in a row: the first delay, doubled per further failure, at most the cap. */
    Duration delay(int failures) {
        var doublings = Math.min(failures - properties.maxFailedAttempts(), 30);
        var delay = properties.firstDelay().multipliedBy(1L << doublings);
        return delay.compareTo(properties.maxDelay()) > 0 ? properties.maxDelay() : delay;
    }

    private Instant heldUntil(int failures, Instant now) {
        return failures < properties.maxFailedAttempts() ? null : now.plus(delay(failures));
    }

    /** Counts nobody needs any more: old failures whose hold is over (keeps the table small under a spray). */
    private void forgetOld(Instant now) {
        jdbc.update("delete from sign_in_throttle where last_failure_at < ? and (held_until is null or held_until < ?)",
                Timestamp.from(now.minus(properties.failureMemory())), Timestamp.from(now));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    static String key(String username) {
        var name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() <= 60 ? name : name.substring(0, 60);
    }

    private static String address(String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN_ADDRESS;
        }
        return address.length() <= 64 ? address : address.substring(0, 64);
    }
}
