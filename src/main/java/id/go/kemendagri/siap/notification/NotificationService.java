package id.go.kemendagri.siap.notification;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.notification.domain.MailOutbox;
import id.go.kemendagri.siap.notification.domain.MailOutboxRepository;
import id.go.kemendagri.siap.notification.domain.Notification;
import id.go.kemendagri.siap.notification.domain.NotificationPreference;
import id.go.kemendagri.siap.notification.domain.NotificationPreferenceRepository;
import id.go.kemendagri.siap.notification.domain.NotificationRepository;
import id.go.kemendagri.siap.notification.domain.NotificationSetting;
import id.go.kemendagri.siap.notification.domain.NotificationSettingRepository;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.UserDirectory;

/**
 * The inbox of the signed-in user, their e-mail settings, and {@link #notify}: one notification for one person
 * and event (never twice: the event key is unique per recipient), only when that person may read the region it is
 * about. Mail goes to the outbox at once or waits for the digest, as the person chose, and only when SMTP is
 * configured (a {@link JavaMailSender} exists) and they gave an address.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class NotificationService {

    static final String NONE = "NONE", QUEUED = "QUEUED", DIGEST = "DIGEST", DIGESTED = "DIGESTED";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    /** A user's e-mail settings as the settings form shows them. */
    public record Settings(String email, int digestHour, Map<NotificationKind, MailMode> modes, boolean mailAvailable,
            long version) {
    }

    private final NotificationRepository notifications;
    private final NotificationSettingRepository settings;
    private final NotificationPreferenceRepository preferences;
    private final MailOutboxRepository outbox;
    private final UserDirectory directory;
    private final RegionAccess access;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Whether e-mail is configured ({@code spring.mail.host}); without it notifications stay in the inbox. */
    public boolean mailAvailable() {
        return mail.getIfAvailable() != null;
    }

    /**
     * Puts a notification into one person's inbox in a transaction of its own (callers are after-commit listeners
     * and scheduled scans), unless they already have one for this event or may not read {@code regionCode}.
     *
     * @return whether a notification was created
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean notify(String recipient, NotificationKind kind, String eventKey, String regionCode, String link,
            List<String> args) {
        if (notifications.existsByRecipientAndEventKey(recipient, eventKey)) {
            return false;
        }
        var person = directory.find(recipient);
        if (person.isEmpty() || (regionCode != null && !person.get().canRead(regionCode))) {
            return false;
        }
        var setting = settings.findById(recipient);
        var address = setting.map(NotificationSetting::getEmail).orElse(null);
        var mode = mode(recipient, kind);
        var mailState = !mailAvailable() || address == null || mode == MailMode.OFF ? NONE
                : mode == MailMode.IMMEDIATE ? QUEUED : DIGEST;
        var saved = notifications.saveAndFlush(new Notification(recipient, kind, eventKey, regionCode, link,
                NotificationTexts.join(args), clock.instant(), mailState));
        if (QUEUED.equals(mailState)) {
            var locale = NotificationTexts.locale(person.get().locale());
            outbox.save(new MailOutbox("n:" + saved.getId(), recipient, address, kind, locale.getLanguage(),
                    NotificationTexts.get(locale, "mail.subject." + kind), clock.instant(), Set.of(saved.getId())));
        }
        events.publishEvent(new NotificationsChanged(regionCode == null ? "" : regionCode, recipient));
        return true;
    }

    MailMode mode(String username, NotificationKind kind) {
        return preferences.findById(new NotificationPreference.Key(username, kind)).map(NotificationPreference::getMode)
                .orElse(kind.defaultMode());
    }

    @Transactional(readOnly = true)
    public List<InboxEntry> inbox(int offset, int limit) {
        var user = access.currentUser();
        var size = Math.max(1, limit);
        var locale = NotificationTexts.locale(directory.find(user.username()).map(UserDirectory.Person::locale)
                .orElse("id"));
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(user.username(), PageRequest.of(offset / size, size))
                .stream().map(n -> entry(n, locale)).toList();
    }

    /** The inbox in the given language (the screen's). */
    @Transactional(readOnly = true)
    public List<InboxEntry> inbox(int offset, int limit, java.util.Locale locale) {
        var user = access.currentUser();
        var size = Math.max(1, limit);
        return notifications.findByRecipientOrderByCreatedAtDescIdDesc(user.username(), PageRequest.of(offset / size, size))
                .stream().map(n -> entry(n, NotificationTexts.locale(locale.toLanguageTag()))).toList();
    }

    @Transactional(readOnly = true)
    public long unreadCount() {
        return access.current().map(u -> notifications.countByRecipientAndReadAtIsNull(u.username())).orElse(0L);
    }

    @Transactional
    public void markRead(long id) {
        var user = access.currentUser();
        notifications.findById(id).filter(n -> n.getRecipient().equals(user.username())).ifPresent(n -> {
            if (n.getReadAt() == null) {
                n.markRead(clock.instant());
                events.publishEvent(new NotificationsChanged(n.getRegionCode() == null ? "" : n.getRegionCode(),
                        user.username()));
            }
        });
    }

    @Transactional
    public int markAllRead() {
        var user = access.currentUser();
        var count = notifications.markAllRead(user.username(), clock.instant());
        if (count > 0) {
            events.publishEvent(new NotificationsChanged("", user.username()));
        }
        return count;
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        var user = access.currentUser();
        var setting = settings.findById(user.username());
        var modes = new java.util.EnumMap<NotificationKind, MailMode>(NotificationKind.class);
        for (var kind : NotificationKind.values()) {
            modes.put(kind, kind.defaultMode());
        }
        preferences.findByUsername(user.username()).forEach(p -> modes.put(p.getKind(), p.getMode()));
        return new Settings(setting.map(NotificationSetting::getEmail).orElse(""),
                setting.map(NotificationSetting::getDigestHour).orElse(properties.defaultDigestHour()), modes,
                mailAvailable(), setting.map(NotificationSetting::getVersion).orElse(-1L));
    }

    /**
     * Saves the signed-in user's e-mail address (empty: no mail), digest hour (0-23, WIB) and a mode per kind.
     *
     * @throws InvalidInputException {@code email}: not an address; {@code digestHour}: out of range
     */
    @Transactional
    public Settings saveSettings(String email, int digestHour, Map<NotificationKind, MailMode> modes) {
        var user = access.currentUser();
        var address = email == null ? "" : email.strip();
        if (!address.isEmpty() && (address.length() > 200 || !EMAIL.matcher(address).matches())) {
            throw new InvalidInputException(Map.of("email", "notification.settings.error.email"));
        }
        if (digestHour < 0 || digestHour > 23) {
            throw new InvalidInputException(Map.of("digestHour", "notification.settings.error.hour"));
        }
        var setting = setting(user.username());
        var changes = new FieldChange.Collector().compare("email", setting.getEmail(), address.isEmpty() ? null : address)
                .compare("digest-hour", setting.getDigestHour(), digestHour);
        setting.setEmail(address.isEmpty() ? null : address);
        setting.setDigestHour(digestHour);
        modes.forEach((kind, mode) -> {
            changes.compare("mail-" + kind, mode(user.username(), kind), mode);
            setMode(user.username(), kind, mode);
        });
        audit.record("notification-setting", user.username(), null, "update", changes.changes());
        return settings();
    }

    /**
     * The one-click unsubscribe of a mail: turns off e-mail of one kind for one user when the signature matches
     * (HMAC with the user's own key, see {@link MailComposer}); needs no sign-in.
     *
     * @return the kind turned off, or empty when the link is not valid
     */
    @Transactional
    public Optional<NotificationKind> unsubscribe(String username, String kind, String signature) {
        NotificationKind parsed;
        try {
            parsed = NotificationKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        var setting = settings.findById(username == null ? "" : username);
        if (setting.isEmpty() || signature == null || !java.security.MessageDigest.isEqual(
                MailComposer.sign(username, parsed, setting.get().getLinkKey()).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                signature.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        if (mode(username, parsed) != MailMode.OFF) {
            setMode(username, parsed, MailMode.OFF);
            audit.record("notification-setting", username, null, "unsubscribe",
                    List.of(new FieldChange("mail-" + parsed, null, MailMode.OFF.name())));
        }
        return Optional.of(parsed);
    }

    NotificationSetting setting(String username) {
        return settings.findById(username).orElseGet(() -> settings.saveAndFlush(
                new NotificationSetting(username, properties.defaultDigestHour(), newKey())));
    }

    void setMode(String username, NotificationKind kind, MailMode mode) {
        var existing = preferences.findById(new NotificationPreference.Key(username, kind));
        if (existing.isPresent()) {
            existing.get().setMode(mode);
        } else {
            preferences.save(new NotificationPreference(username, kind, mode));
        }
    }

    private String newKey() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    Optional<NotificationSetting> findSetting(String username) {
        return settings.findById(username);
    }

    private static InboxEntry entry(Notification n, java.util.Locale locale) {
        return new InboxEntry(n.getId(), n.getKind(), NotificationTexts.text(locale, n.getKind(), n.getArgs()),
                n.getLink(), n.getRegionCode(), n.getCreatedAt(), n.getReadAt());
    }
}
