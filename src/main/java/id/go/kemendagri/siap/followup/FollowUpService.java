package id.go.kemendagri.siap.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.FileStore;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.followup.domain.FollowUpItem;
import id.go.kemendagri.siap.followup.domain.FollowUpItemRepository;
import id.go.kemendagri.siap.followup.domain.MeetingRepository;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * Follow-up items of meetings. Evaluators and administrators give them to regions and close them;
 * provincial staff report progress and evidence for their province's regions; leadership reads.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FollowUpService {

    public static final String AUDIT_ENTITY = "followup";

    private final FollowUpItemRepository items;
    private final MeetingRepository meetings;
    private final RegionService regions;
    private final RegionAccess access;
    private final AuditService audit;
    private final FileStore files;
    private final Clock clock;

    /** A page of follow-ups, scoped to the user's province, most urgent first: two statements. */
    @Transactional(readOnly = true)
    public List<FollowUpRow> page(FollowUpFilter filter, Pageable page) {
        access.currentUser();
        if (filter.regionCode() != null && !access.canRead(filter.regionCode())) {
            return List.of();
        }
        var today = today();
        var rows = items.findItems(filter.meetingId(), filter.regionCode(), access.provinceScope().orElse(null),
                filter.status(), filter.openOnly(), filter.overdueOnly(), today,
                Pages.in(page, Sort.unsorted()));
        var names = regionNames(regions, rows);
        var result = new ArrayList<FollowUpRow>(rows.size());
        for (var row : rows) {
            result.add(toRow((FollowUpItem) row[0], (String) row[1], (LocalDate) row[2], names, today));
        }
        return result;
    }

    @Transactional(readOnly = true)
    public long count(FollowUpFilter filter) {
        access.currentUser();
        if (filter.regionCode() != null && !access.canRead(filter.regionCode())) {
            return 0;
        }
        return items.countItems(filter.meetingId(), filter.regionCode(), access.provinceScope().orElse(null),
                filter.status(), filter.openOnly(), filter.overdueOnly(), today());
    }

    /** Open follow-ups past their deadline that the user may see. */
    @Transactional(readOnly = true)
    public long countOverdue() {
        if (access.current().isEmpty()) {
            return 0;
        }
        return items.countOverdue(access.provinceScope().orElse(null), today());
    }

    @Transactional(readOnly = true)
    public FollowUpRow find(long id) {
        return row(readable(id));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(long id) {
        readable(id);
        return audit.history(AUDIT_ENTITY, Long.toString(id), 50);
    }

    /**
     * Gives the same follow-up to several of a meeting's regions at once, in one transaction.
     *
     * @return how many items were created
     */
    @Transactional
    public int assign(long meetingId, FollowUpDraft draft) {
        access.requireMinistry();
        var meeting = meetings.findById(meetingId).orElseThrow(() -> new NotFoundException("meeting " + meetingId));
        var errors = FollowUpRules.checkFollowUp(draft, meeting.getDate(), meeting.getRegionCodes());
        InvalidInputException.throwIfAny(errors);
        var description = FollowUpRules.trim(draft.description());
        var other = draft.unit() == ResponsibleUnit.LAINNYA ? FollowUpRules.trim(draft.unitOther()) : null;
        var created = new ArrayList<FollowUpItem>();
        for (var code : new java.util.TreeSet<>(draft.regionCodes())) {
            created.add(new FollowUpItem(meetingId, code, code.substring(0, 2), description, draft.unit(), other,
                    draft.deadline(), false));
        }
        items.saveAllAndFlush(created);
        for (var item : created) {
            audit.recordAndAnnounce(AUDIT_ENTITY, item.getId().toString(), "CREATE", new FieldChange.Collector()
                    .compare("meeting", null, meetingId)
                    .compare("description", null, description)
                    .compare("unit", null, other == null ? draft.unit() : draft.unit() + ": " + other)
                    .compare("deadline", null, draft.deadline())
                    .compare("status", null, item.getStatus())
                    .changes(), changed(item));
        }
        return created.size();
    }

    /**
     * A region reports progress: status (BARU or PROSES; SELESAI only for evaluators), note and a link.
     *
     * @throws org.springframework.security.access.AccessDeniedException outside the user's province, or for leadership
     * @throws InvalidInputException on a bad field; nothing is stored
     * @throws StaleDataException    when the item changed since the form loaded it (carries the current row)
     */
    @Transactional
    public FollowUpRow report(long id, FollowUpProgress progress) {
        var item = writable(id);
        var errors = FollowUpRules.checkProgress(progress, access.isMinistry());
        InvalidInputException.throwIfAny(errors);
        requireVersion(item, progress.version());
        var note = FollowUpRules.trim(progress.note());
        var link = FollowUpRules.trim(progress.evidenceLink());
        var changes = new FieldChange.Collector()
                .compare("status", item.getStatus(), progress.status())
                .compare("note", item.getNote(), note)
                .compare("evidenceLink", item.getEvidenceLink(), link.isEmpty() ? null : link)
                .changes();
        if (changes.isEmpty()) {
            return find(id);
        }
        var closing = progress.status() == FollowUpStatus.SELESAI && item.getStatus() != FollowUpStatus.SELESAI;
        var reopening = progress.status() != FollowUpStatus.SELESAI && item.getStatus() == FollowUpStatus.SELESAI;
        item.progress(progress.status(), note, link.isEmpty() ? null : link);
        if (closing) {
            item.close(clock.instant(), access.currentUser().username());
        } else if (reopening) {
            item.reopen();
            item.progress(progress.status(), note, link.isEmpty() ? null : link);
        }
        return store(item, closing ? "CLOSE" : reopening ? "REOPEN" : "UPDATE", changes);
    }

    /** An evaluator closes a follow-up as done. */
    @Transactional
    public FollowUpRow close(long id, long version) {
        access.requireMinistry();
        var item = writable(id);
        requireVersion(item, version);
        if (item.getStatus() == FollowUpStatus.SELESAI) {
            return find(id);
        }
        var before = item.getStatus();
        item.close(clock.instant(), access.currentUser().username());
        return store(item, "CLOSE", List.of(new FieldChange("status", before.name(), FollowUpStatus.SELESAI.name())));
    }

    /** An evaluator opens a closed follow-up again (it goes back to PROSES). */
    @Transactional
    public FollowUpRow reopen(long id, long version) {
        access.requireMinistry();
        var item = writable(id);
        requireVersion(item, version);
        if (item.getStatus() != FollowUpStatus.SELESAI) {
            return find(id);
        }
        item.reopen();
        return store(item, "REOPEN", List.of(new FieldChange("status", FollowUpStatus.SELESAI.name(),
                FollowUpStatus.PROSES.name())));
    }

    /** Attaches evidence (PDF, JPG or PNG up to 10 MB, checked by content) to a follow-up. */
    @Transactional
    public FollowUpRow attachEvidence(long id, String fileName, byte[] content, long version) {
        var item = writable(id);
        var stored = files.store(fileName, content);
        requireVersion(item, version);
        var before = item.getEvidenceFile();
        item.attachEvidence(stored);
        return store(item, "ATTACH", List.of(FieldChange.file("evidenceFile", before, stored)));
    }

    @Transactional(readOnly = true)
    public java.io.InputStream openEvidence(long id) throws java.io.IOException {
        var item = readable(id);
        if (item.getEvidenceFile() == null) {
            throw new NotFoundException("evidence of follow-up " + id);
        }
        return files.open(item.getEvidenceFile().sha256());
    }

    private FollowUpRow store(FollowUpItem item, String action, List<FieldChange> changes) {
        item = StaleSaves.flush(items, item);
        audit.recordAndAnnounce(AUDIT_ENTITY, item.getId().toString(), action, changes, changed(item));
        return row(item);
    }

    /** The follow-up as a row, with its meeting and its region's name. */
    private FollowUpRow row(FollowUpItem item) {
        var meeting = meetings.findById(item.getMeetingId()).orElseThrow();
        return toRow(item, meeting.getTitle(), meeting.getDate(), regions.names(List.of(item.getRegionCode())), today());
    }

    private void requireVersion(FollowUpItem item, long version) {
        StaleSaves.requireVersion(item, version, i -> find(i.getId()));
    }

    private FollowUpItem readable(long id) {
        var item = items.findById(id).orElseThrow(() -> new NotFoundException("follow-up " + id));
        if (!access.canRead(item.getRegionCode())) {
            throw new NotFoundException("follow-up " + id);
        }
        return item;
    }

    private FollowUpItem writable(long id) {
        var item = items.findById(id).orElseThrow(() -> new NotFoundException("follow-up " + id));
        access.requireWrite(item.getRegionCode());
        return item;
    }

    private static FollowUpChanged changed(FollowUpItem item) {
        return new FollowUpChanged(item.getRegionCode(), item.getMeetingId(), item.getId(), item.getVersion());
    }

    /** The names of the regions of query rows that start with a follow-up item: one statement. */
    static Map<String, String> regionNames(RegionService regions, List<Object[]> rows) {
        var codes = new HashSet<String>();
        rows.forEach(row -> codes.add(((FollowUpItem) row[0]).getRegionCode()));
        return regions.names(codes);
    }

    static FollowUpRow toRow(FollowUpItem item, String meetingTitle, LocalDate meetingDate,
            Map<String, String> names, LocalDate today) {
        var evidence = Document.of(item.getEvidenceFile());
        var overdue = item.getStatus() != FollowUpStatus.SELESAI && item.getDeadline().isBefore(today);
        return new FollowUpRow(item.getId(), item.getMeetingId(), meetingTitle, meetingDate, item.getRegionCode(),
                names.getOrDefault(item.getRegionCode(), item.getRegionCode()), item.getDescription(), item.getUnit(),
                item.getUnitOther(), item.getDeadline(), item.getStatus(), overdue, item.getNote(),
                item.getEvidenceLink(), evidence, item.getClosedAt(), item.getClosedBy(), item.isDemo(),
                item.getUpdatedAt(), item.getUpdatedBy(), item.getVersion());
    }

    private LocalDate today() {
        return Formats.today(clock);
    }
}
