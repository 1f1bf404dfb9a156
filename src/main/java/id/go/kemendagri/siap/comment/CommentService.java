package id.go.kemendagri.siap.comment;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.comment.domain.CommentEntry;
import id.go.kemendagri.siap.comment.domain.CommentEntryRepository;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.SignedInUser;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserDirectory;

/**
 * Threads of comments. Reading a thread needs read access to its region; so does writing (a leadership reader
 * may take part in the conversation: comments change no record). Mentions name only users who may read the
 * region; anyone else is refused. A comment is never deleted: its author may change the text within
 * {@link CommentProperties#editWindow()}, and strike it through at any time (administrators too).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CommentService {

    static final String ENTITY = "comment";
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([A-Za-z0-9._-]{2,60})");

    private final CommentEntryRepository comments;
    private final RegionAccess access;
    private final UserDirectory directory;
    private final AuditService audit;
    private final CommentProperties properties;
    private final Clock clock;

    @Transactional(readOnly = true)
    public List<CommentView> thread(CommentRef ref) {
        access.requireRead(ref.regionCode());
        return comments.findByTargetTypeAndTargetIdAndRegionCodeOrderByCreatedAtAscIdAsc(ref.target(), ref.targetId(),
                ref.regionCode()).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public long count(CommentRef ref) {
        access.requireRead(ref.regionCode());
        return comments.countByTargetTypeAndTargetIdAndRegionCode(ref.target(), ref.targetId(), ref.regionCode());
    }

    /** Who may be mentioned in a thread of this region: enabled users who may read it. */
    @Transactional(readOnly = true)
    public List<UserDirectory.Person> mentionable(String regionCode) {
        access.requireRead(regionCode);
        return directory.readersOf(regionCode);
    }

    /**
     * Posts a comment. {@code mentions} are the people picked; {@code @username} in the text mentions as well.
     *
     * @throws InvalidInputException {@code body}: empty or too long; {@code mentions}: someone who may not read
     *         the region (or is unknown)
     */
    @Transactional
    public CommentView post(CommentRef ref, String body, Set<String> mentions) {
        access.requireRead(ref.regionCode());
        var user = access.currentUser();
        var text = checkedBody(body);
        var mentioned = checkedMentions(ref.regionCode(), text, mentions);
        mentioned.remove(user.username());
        var saved = comments.save(new CommentEntry(ref.target(), ref.targetId(), ref.regionCode(), user.username(),
                user.fullName(), text, clock.instant(), mentioned));
        audit.recordAndAnnounce(ENTITY, String.valueOf(saved.getId()), "create", List.of(
                new FieldChange("thread", null, ref.target() + " " + ref.targetId()),
                new FieldChange("body", null, text),
                new FieldChange("mentions", null, mentioned.isEmpty() ? null : String.join(", ", mentioned))),
                changed(ref, saved.getId(), CommentChanged.Action.POSTED, user, mentioned, text));
        return view(saved);
    }

    /** Changes the text within the edit window; only the author. Newly mentioned people are told. */
    @Transactional
    public CommentView edit(CommentRef ref, long id, long version, String body, Set<String> mentions) {
        var entry = own(ref, id);
        var user = access.currentUser();
        if (!entry.getAuthor().equals(user.username()) || !withinWindow(entry) || entry.getStruckAt() != null) {
            throw new AccessDeniedException("The comment can no longer be changed");
        }
        if (entry.getVersion() != version) {
            throw new StaleDataException(view(entry));
        }
        var text = checkedBody(body);
        var mentioned = checkedMentions(ref.regionCode(), text, mentions);
        mentioned.remove(user.username());
        var added = new LinkedHashSet<>(mentioned);
        added.removeAll(entry.getMentions());
        var before = entry.getBody();
        entry.edit(text, mentioned, clock.instant());
        comments.flush();
        audit.recordAndAnnounce(ENTITY, String.valueOf(id), "update",
                new FieldChange.Collector().compare("body", before, text).changes(),
                changed(ref, id, CommentChanged.Action.EDITED, user, added, text));
        return view(entry);
    }

    /** Strikes a comment through: it stays, marked as withdrawn. The author or an administrator. */
    @Transactional
    public CommentView strike(CommentRef ref, long id, long version) {
        var entry = own(ref, id);
        var user = access.currentUser();
        if (!mayStrike(entry)) {
            throw new AccessDeniedException("Only the author or an administrator may strike a comment through");
        }
        if (entry.getVersion() != version) {
            throw new StaleDataException(view(entry));
        }
        if (entry.getStruckAt() == null) {
            entry.strike(user.username(), clock.instant());
            comments.flush();
            audit.recordAndAnnounce(ENTITY, String.valueOf(id), "strike",
                    List.of(new FieldChange("struck", null, user.username())),
                    changed(ref, id, CommentChanged.Action.STRUCK, user, Set.of(), entry.getBody()));
        }
        return view(entry);
    }

    /** What tells the thread's screens and the inbox (after commit) what {@code user} did, and whom it newly mentions. */
    private static CommentChanged changed(CommentRef ref, long id, CommentChanged.Action action, SignedInUser user,
            Set<String> told, String text) {
        return new CommentChanged(ref.regionCode(), ref.target(), ref.targetId(), id, action,
                user.username(), user.fullName(), Set.copyOf(told), excerpt(text), ref.link());
    }

    private CommentEntry own(CommentRef ref, long id) {
        access.requireRead(ref.regionCode());
        var entry = comments.findById(id).orElseThrow(() -> new NotFoundException("comment " + id));
        if (entry.getTargetType() != ref.target() || entry.getTargetId() != ref.targetId()
                || !entry.getRegionCode().equals(ref.regionCode())) {
            throw new NotFoundException("comment " + id);
        }
        return entry;
    }

    private String checkedBody(String body) {
        var text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Map.of("body", "comment.error.empty"));
        }
        if (text.length() > properties.maxLength()) {
            throw new InvalidInputException(Map.of("body", "comment.error.too-long"));
        }
        return text;
    }

    /** The picked people and the {@code @names} in the text; every one must be a reader of the region. */
    private Set<String> checkedMentions(String regionCode, String text, Set<String> picked) {
        var names = new LinkedHashSet<String>(picked == null ? Set.of() : picked);
        var typed = MENTION.matcher(text);
        var readers = directory.readersOf(regionCode).stream().map(UserDirectory.Person::username)
                .collect(Collectors.toSet());
        while (typed.find()) {
            // A typed @word that is nobody's name is just text; a picked name must be a reader.
            if (readers.contains(typed.group(1))) {
                names.add(typed.group(1));
            }
        }
        for (var name : names) {
            if (!readers.contains(name)) {
                throw new InvalidInputException(Map.of("mentions", "comment.error.mention-not-allowed"));
            }
        }
        return names;
    }

    private boolean withinWindow(CommentEntry entry) {
        return entry.getCreatedAt().plus(properties.editWindow()).isAfter(clock.instant());
    }

    private boolean mayStrike(CommentEntry entry) {
        return access.current().map(u -> u.username().equals(entry.getAuthor()) || u.role() == Role.ADMIN)
                .orElse(false);
    }

    private CommentView view(CommentEntry e) {
        var me = access.current().map(u -> u.username()).orElse("");
        var editable = e.getAuthor().equals(me) && e.getStruckAt() == null && withinWindow(e);
        return new CommentView(e.getId(), e.getAuthor(), e.getAuthorName(), e.getBody(), e.getCreatedAt(),
                e.getEditedAt(), e.getStruckAt(), e.getStruckBy(), Set.copyOf(e.getMentions()), e.getVersion(),
                editable, e.getStruckAt() == null && mayStrike(e));
    }

    static String excerpt(String text) {
        var line = text.replaceAll("\\s+", " ");
        return line.length() <= 140 ? line : line.substring(0, 139) + "…";
    }
}
