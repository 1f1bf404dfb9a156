package id.go.kemendagri.siap.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.FileStore;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.followup.domain.FollowUpItemRepository;
import id.go.kemendagri.siap.followup.domain.Meeting;
import id.go.kemendagri.siap.followup.domain.MeetingRepository;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Coordination meetings. Evaluators and administrators create and edit them; everyone reads those
 * they may see (provincial staff: meetings their province's regions took part in).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MeetingService {

    public static final String AUDIT_ENTITY = "meeting";

    private final MeetingRepository meetings;
    private final FollowUpItemRepository items;
    private final RegionService regions;
    private final RegionAccess access;
    private final AuditService audit;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** One page of meetings, newest first, with their follow-up progress: three statements whatever the page. */
    @Transactional(readOnly = true)
    public List<MeetingRow> page(MeetingFilter filter, Pageable page) {
        var province = access.readableProvince(filter.provinceCode());
        var rows = meetings.findPage(filter.type(), pattern(filter.search()), province, prefix(province),
                Pages.in(page, Sort.by(Sort.Direction.DESC, "date").and(Sort.by(Sort.Direction.DESC, "id"))));
        return toRows(rows, province);
    }

    /** Fresh rows of the given meetings that the user may see, for a list that refreshes only the rows that changed. */
    @Transactional(readOnly = true)
    public List<MeetingRow> rows(java.util.Collection<Long> ids) {
        access.currentUser();
        if (ids.isEmpty()) {
            return List.of();
        }
        var visible = meetings.findAllById(ids).stream().filter(this::visible).map(Meeting::getId).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        return toRows(meetings.findHeaders(visible), access.provinceScope().orElse(null));
    }

    private List<MeetingRow> toRows(List<Object[]> rows, String province) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var ids = rows.stream().map(row -> (Long) row[0]).toList();
        var participants = new HashMap<Long, Long>();
        meetings.countParticipants(ids).forEach(row -> participants.put((Long) row[0], ((Number) row[1]).longValue()));
        var progress = new HashMap<Long, long[]>();
        items.progress(ids, province, today()).forEach(row -> progress.put((Long) row[0], new long[] {
            number(row[1]), number(row[2]), number(row[3]) }));
        var result = new ArrayList<MeetingRow>();
        for (var row : rows) {
            var id = (Long) row[0];
            var counts = progress.getOrDefault(id, new long[3]);
            result.add(new MeetingRow(id, (MeetingType) row[1], (String) row[2], (LocalDate) row[3], (String) row[4],
                    (String) row[5], (Boolean) row[6], (Boolean) row[7], participants.getOrDefault(id, 0L),
                    counts[0], counts[1], counts[2]));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public long count(MeetingFilter filter) {
        var province = access.readableProvince(filter.provinceCode());
        return meetings.countPage(filter.type(), pattern(filter.search()), province, prefix(province));
    }

    /** @throws NotFoundException when there is no such meeting or the user may not see it */
    @Transactional(readOnly = true)
    public MeetingDetails details(long id) {
        var meeting = meetings.findById(id).filter(this::visible)
                .orElseThrow(() -> new NotFoundException("meeting " + id));
        return toDetails(meeting);
    }

    @Transactional(readOnly = true)
    public List<id.go.kemendagri.siap.audit.AuditEntry> history(long id) {
        details(id);
        access.requireMinistry();
        return audit.history(AUDIT_ENTITY, Long.toString(id), 100);
    }

    /**
     * Creates a meeting ({@code draft.version()} null) or changes one.
     *
     * @throws org.springframework.security.access.AccessDeniedException unless an evaluator or administrator
     * @throws InvalidInputException on a bad field; nothing is stored
     * @throws StaleDataException    when someone changed the meeting since the form loaded it
     */
    @Transactional
    public MeetingDetails save(Long id, MeetingDraft draft) {
        access.requireMinistry();
        var codes = draft.regionCodes() == null ? Set.<String>of() : draft.regionCodes();
        var known = regions.names(codes).keySet();
        var errors = FollowUpRules.checkMeeting(draft, known);
        var meeting = id == null ? null : meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting " + id));
        if (meeting != null && errors.isEmpty()) {
            if (!codes.containsAll(items.findRegionCodes(id))) {
                errors.put("regions", "followup.error.regions-with-items");
            }
            var earliestDeadline = items.findEarliestDeadline(id);
            if (earliestDeadline != null && draft.date() != null && draft.date().isAfter(earliestDeadline)) {
                errors.put("date", "followup.error.date-after-deadlines");
            }
        }
        InvalidInputException.throwIfAny(errors);
        if (meeting != null && !Objects.equals(meeting.getVersion(), draft.version())) {
            throw new StaleDataException(toDetails(meeting));
        }
        var before = meeting == null ? null : toDetails(meeting);
        if (meeting == null) {
            meeting = new Meeting(false);
        }
        var sortedCodes = new TreeSet<>(codes);
        meeting.describe(draft.type(), FollowUpRules.trim(draft.title()), draft.date(),
                FollowUpRules.trim(draft.organiser()), FollowUpRules.trim(draft.place()), draft.online(),
                FollowUpRules.trim(draft.minutes()), sortedCodes);
        var changes = FieldChange.since(before)
                .compare("type", MeetingDetails::type, draft.type())
                .compare("title", MeetingDetails::title, meeting.getTitle())
                .compare("date", MeetingDetails::date, draft.date())
                .compare("organiser", MeetingDetails::organiser, meeting.getOrganiser())
                .compare("place", MeetingDetails::place, meeting.getPlace())
                .compare("online", MeetingDetails::online, draft.online())
                .compare("minutes", MeetingDetails::minutes, meeting.getMinutes())
                .compare("regions", b -> String.join(", ", b.toDraft().regionCodes()),
                        String.join(", ", sortedCodes))
                .changes();
        if (before != null && changes.isEmpty()) {
            return before;
        }
        meeting = StaleSaves.flush(meetings, meeting);
        audit.record(AUDIT_ENTITY, meeting.getId().toString(), null, before == null ? "CREATE" : "UPDATE", changes);
        var affected = new HashSet<>(sortedCodes);
        if (before != null) {
            affected.addAll(before.toDraft().regionCodes());
        }
        announce(meeting, affected);
        return toDetails(meeting);
    }

    /**
     * Attaches the minutes as a document (PDF, JPG or PNG up to 10 MB, checked by content).
     *
     * @throws InvalidInputException on field {@code file} when the file is refused
     */
    @Transactional
    public MeetingDetails attachMinutes(long id, String fileName, byte[] content, long version) {
        access.requireMinistry();
        var meeting = meetings.findById(id).orElseThrow(() -> new NotFoundException("meeting " + id));
        var stored = files.store(fileName, content);
        StaleSaves.requireVersion(meeting, version, this::toDetails);
        var before = meeting.getMinutesFile();
        meeting.attachMinutes(stored);
        meeting = meetings.saveAndFlush(meeting);
        audit.record(AUDIT_ENTITY, meeting.getId().toString(), null, "ATTACH",
                List.of(FieldChange.file("minutesFile", before, stored)));
        announce(meeting, meeting.getRegionCodes());
        return toDetails(meeting);
    }

    /** Opens a stored document of a meeting the user may see. */
    @Transactional(readOnly = true)
    public java.io.InputStream openMinutes(long id) throws java.io.IOException {
        var details = details(id);
        if (details.minutesFile() == null) {
            throw new NotFoundException("minutes of meeting " + id);
        }
        return files.open(details.minutesFile().sha256());
    }

    private void announce(Meeting meeting, Set<String> regionCodes) {
        for (var code : regionCodes) {
            events.publishEvent(new FollowUpChanged(code, meeting.getId(), null, meeting.getVersion()));
        }
    }

    boolean visible(Meeting meeting) {
        var scope = access.provinceScope();
        access.currentUser();
        return scope.isEmpty() || meeting.getRegionCodes().stream().anyMatch(code -> inProvince(code, scope.get()));
    }

    private MeetingDetails toDetails(Meeting meeting) {
        var names = regions.names(meeting.getRegionCodes());
        var regionNames = meeting.getRegionCodes().stream().sorted()
                .map(code -> new MeetingDetails.RegionName(code, names.getOrDefault(code, code))).toList();
        var minutesFile = Document.of(meeting.getMinutesFile());
        return new MeetingDetails(meeting.getId(), meeting.getType(), meeting.getTitle(), meeting.getDate(),
                meeting.getOrganiser(), meeting.getPlace(), meeting.isOnline(), meeting.getMinutes(), minutesFile,
                regionNames, meeting.isDemo(), meeting.getCreatedBy(), meeting.getUpdatedAt(), meeting.getUpdatedBy(),
                meeting.getVersion());
    }

    static boolean inProvince(String regionCode, String province) {
        return regionCode.equals(province) || regionCode.startsWith(province + ".");
    }

    private static String prefix(String province) {
        return province == null ? null : province + ".%";
    }

    private static String pattern(String search) {
        var text = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return text.isEmpty() ? null : "%" + text.replace("%", "").replace("_", "") + "%";
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private LocalDate today() {
        return Formats.today(clock);
    }
}
