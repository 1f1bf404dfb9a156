package id.go.kemendagri.siap.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.leadership.domain.HeadTenure;
import id.go.kemendagri.siap.leadership.domain.HeadTenureRepository;
import id.go.kemendagri.siap.leadership.domain.PjReport;
import id.go.kemendagri.siap.leadership.domain.PjReportRepository;
import id.go.kemendagri.siap.leadership.domain.RegionRefRepository;

/**
 * Who leads a region now and who led it before. Appointing a head closes the previous tenure with a
 * reason; a Pj is extended by a new term of one year (unless set otherwise) and the extension is counted;
 * a tenure may end without a successor. One active tenure per region: checked here, and by the database's
 * unique constraint against two appointments racing. A Pj's quarterly reports are laid out from the
 * swearing-in date whenever the term changes.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HeadTenureService {

    public static final String AUDIT_ENTITY = "head-tenure";

    private final HeadTenureRepository tenures;
    private final PjReportRepository reports;
    private final RegionRefRepository regions;
    private final LeadershipAccess access;
    private final LeadershipRules rules;
    private final LeadershipProperties properties;

    /** The configured rules, for the texts that state them (terms in the forms' helpers). */
    public LeadershipProperties rules() {
        return properties;
    }
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Optional<TenureDetails> current(String regionCode) {
        access.requireRead(regionCode);
        var today = LeadershipRules.today(clock);
        return tenures.findByActiveRegionCode(regionCode).map(t -> toDetails(t, today));
    }

    /** Every tenure of the region, the latest first. */
    @Transactional(readOnly = true)
    public List<TenureDetails> history(String regionCode) {
        access.requireRead(regionCode);
        var today = LeadershipRules.today(clock);
        return tenures.findByRegionCodeOrderBySwornInOnDescIdDesc(regionCode).stream().map(t -> toDetails(t, today))
                .toList();
    }

    /** The region's change history of heads, reports and evaluations, newest first. */
    @Transactional(readOnly = true)
    public List<id.go.kemendagri.siap.audit.AuditEntry> changes(String regionCode, int limit) {
        access.requireRead(regionCode);
        return audit.regionHistory(regionCode, List.of(AUDIT_ENTITY, PjReportService.AUDIT_ENTITY,
                MinisterApprovalService.AUDIT_ENTITY,
                EvaluationService.AUDIT_ENTITY), limit);
    }

    /**
     * @throws org.springframework.security.access.AccessDeniedException unless an evaluator or administrator
     * @throws InvalidInputException a field is invalid (NIP, decree for the region's level, dates ...)
     * @throws StaleDataException    the region's active head is not the one the form saw
     */
    @Transactional
    public TenureDetails appoint(String regionCode, AppointmentDraft draft) {
        access.requireManageHeads(regionCode);
        var region = regions.findById(regionCode).orElseThrow(() -> new NotFoundException("region " + regionCode));
        var today = LeadershipRules.today(clock);
        var errors = new LinkedHashMap<>(TenureRules.checkAppointment(draft, region.getLevel(), today));
        var previous = tenures.findByActiveRegionCode(regionCode);
        if (previous.isPresent()) {
            if (draft.previousEndReason() == null) {
                errors.put("previousEndReason", "leadership.error.previous-reason");
            }
            if (draft.swornInOn() != null && draft.swornInOn().isBefore(previous.get().getSwornInOn())) {
                errors.putIfAbsent("swornInOn", "leadership.error.sworn-before-previous");
            }
        }
        InvalidInputException.throwIfAny(errors);
        StaleSaves.requireVersion(previous, draft.previousVersion(), t -> toDetails(t, today));
        previous.ifPresent(p -> close(p, draft.swornInOn(), draft.previousEndReason()));

        var tenure = new HeadTenure(regionCode, draft.status(), TenureRules.trim(draft.personName()),
                draft.swornInOn());
        var termEnd = draft.termEndsOn() != null ? draft.termEndsOn()
                : rules.defaultTermEnd(draft.status(), draft.swornInOn());
        var nip = TenureRules.nipDigits(draft.nip());
        tenure.describe(nip.isEmpty() ? null : nip, TenureRules.blankToNull(draft.originPosition()),
                TenureRules.blankToNull(draft.originInstitution()), draft.echelon(), draft.legalBasis(),
                TenureRules.blankToNull(draft.decreeNumber()), termEnd);
        tenure.markDemo(false);
        try {
            tenures.saveAndFlush(tenure);
        } catch (DataIntegrityViolationException e) {
            // Another appointment committed first: the unique active-region constraint had the last word.
            throw new StaleDataException(null);
        }
        layOutReports(tenure, false);
        audit.recordAndAnnounce(AUDIT_ENTITY, tenure.getId().toString(), "APPOINT", new FieldChange.Collector()
                .compare("status", null, tenure.getStatus()).compare("personName", null, tenure.getPersonName())
                .compare("nip", null, tenure.getNip()).compare("originPosition", null, tenure.getOriginPosition())
                .compare("originInstitution", null, tenure.getOriginInstitution())
                .compare("echelon", null, tenure.getEchelon()).compare("legalBasis", null, tenure.getLegalBasis())
                .compare("decreeNumber", null, tenure.getDecreeNumber())
                .compare("swornInOn", null, tenure.getSwornInOn()).compare("termEndsOn", null, tenure.getTermEndsOn())
                .changes(), new HeadTenureChanged(regionCode, tenure.getId(), tenure.getVersion()));
        return toDetails(tenure, today);
    }

    /**
     * Corrects a tenure's descriptive details under the same rules as an appointment.
     *
     * @throws InvalidInputException a field is invalid; nothing is stored
     * @throws StaleDataException    someone changed the tenure in between
     */
    @Transactional
    public TenureDetails correct(long tenureId, CorrectionDraft draft) {
        var tenure = managed(tenureId);
        var region = regions.findById(tenure.getRegionCode()).orElseThrow();
        var today = LeadershipRules.today(clock);
        var errors = TenureRules.checkAppointment(new AppointmentDraft(tenure.getStatus(), draft.personName(),
                draft.nip(), draft.originPosition(), draft.originInstitution(), draft.echelon(), draft.legalBasis(),
                draft.decreeNumber(), tenure.getSwornInOn(), tenure.getTermEndsOn(), null, null), region.getLevel(),
                today.isBefore(tenure.getSwornInOn()) ? tenure.getSwornInOn() : today);
        InvalidInputException.throwIfAny(errors);
        requireVersion(tenure, draft.version(), today);
        var nip = TenureRules.nipDigits(draft.nip());
        var changes = new FieldChange.Collector()
                .compare("personName", tenure.getPersonName(), TenureRules.trim(draft.personName()))
                .compare("nip", tenure.getNip(), nip.isEmpty() ? null : nip)
                .compare("originPosition", tenure.getOriginPosition(), TenureRules.blankToNull(draft.originPosition()))
                .compare("originInstitution", tenure.getOriginInstitution(),
                        TenureRules.blankToNull(draft.originInstitution()))
                .compare("echelon", tenure.getEchelon(), draft.echelon())
                .compare("legalBasis", tenure.getLegalBasis(), draft.legalBasis())
                .compare("decreeNumber", tenure.getDecreeNumber(), TenureRules.blankToNull(draft.decreeNumber()))
                .changes();
        if (changes.isEmpty()) {
            return toDetails(tenure, today);
        }
        tenure.rename(TenureRules.trim(draft.personName()));
        tenure.describe(nip.isEmpty() ? null : nip, TenureRules.blankToNull(draft.originPosition()),
                TenureRules.blankToNull(draft.originInstitution()), draft.echelon(), draft.legalBasis(),
                TenureRules.blankToNull(draft.decreeNumber()), tenure.getTermEndsOn());
        store(tenure, "CORRECT", changes);
        return toDetails(tenure, today);
    }

    /**
     * A new term for an active Pj: from the current term end, one year unless {@code draft} says otherwise.
     */
    @Transactional
    public TenureDetails extend(long tenureId, ExtensionDraft draft) {
        var tenure = managed(tenureId);
        var today = LeadershipRules.today(clock);
        if (!tenure.isActive() || tenure.getStatus() != HeadStatus.PJ) {
            throw new InvalidInputException(java.util.Map.of("status", "leadership.error.extend-not-pj"));
        }
        var currentEnd = tenure.getTermEndsOn();
        var newStart = currentEnd != null ? currentEnd : today;
        var newEnd = draft.termEndsOn() != null ? draft.termEndsOn()
                : LeadershipRules.termEnd(newStart, properties.pjTerm());
        var errors = TenureRules.checkExtension(draft, currentEnd, newEnd);
        InvalidInputException.throwIfAny(errors);
        requireVersion(tenure, draft.version(), today);
        var oldDecree = tenure.getDecreeNumber();
        var oldCount = tenure.getExtensionCount();
        tenure.extend(newStart, newEnd, TenureRules.trim(draft.decreeNumber()));
        store(tenure, "EXTEND", new FieldChange.Collector().compare("termEndsOn", currentEnd, newEnd)
                .compare("extensionCount", oldCount, tenure.getExtensionCount())
                .compare("decreeNumber", oldDecree, tenure.getDecreeNumber()).changes());
        layOutReports(tenure, false);
        return toDetails(tenure, today);
    }

    /** Ends an active tenure without naming a successor (the region then has no recorded head). */
    @Transactional
    public TenureDetails end(long tenureId, EndDraft draft) {
        var tenure = managed(tenureId);
        var today = LeadershipRules.today(clock);
        var errors = TenureRules.checkEnd(draft, tenure.getSwornInOn(), today);
        InvalidInputException.throwIfAny(errors);
        requireVersion(tenure, draft.version(), today);
        if (!tenure.isActive()) {
            throw new StaleDataException(toDetails(tenure, today));
        }
        close(tenure, draft.endedOn(), draft.reason());
        events.publishEvent(new HeadTenureChanged(tenure.getRegionCode(), tenure.getId(), tenure.getVersion()));
        return toDetails(tenure, today);
    }

    private void close(HeadTenure tenure, LocalDate endedOn, EndReason reason) {
        tenure.end(endedOn, reason);
        tenure.markDemo(false);
        StaleSaves.flush(tenures, tenure);
        reports.deleteUnsentDueAfter(tenure.getId(), endedOn);
        audit.record(AUDIT_ENTITY, tenure.getId().toString(), tenure.getRegionCode(), "END",
                new FieldChange.Collector().compare("endedOn", null, endedOn).compare("endReason", null, reason)
                        .changes());
    }

    /**
     * The tenure a change is about (correction, extension, end, campaign leave), which the user must be allowed to
     * manage: the heads of its region.
     *
     * @throws NotFoundException when there is no such tenure
     */
    HeadTenure managed(long tenureId) {
        var tenure = tenures.findById(tenureId).orElseThrow(() -> new NotFoundException("tenure " + tenureId));
        access.requireManageHeads(tenure.getRegionCode());
        return tenure;
    }

    /**
     * Stores a change of an existing tenure as every change of a tenure is stored: stamped, flushed against the version
     * read, audited and pushed live. Runs in the caller's transaction.
     *
     * @throws StaleDataException when someone saved the tenure in between
     */
    void store(HeadTenure tenure, String action, List<FieldChange> changes) {
        tenure.markDemo(false);
        StaleSaves.flush(tenures, tenure);
        audit.recordAndAnnounce(AUDIT_ENTITY, tenure.getId().toString(), action, changes,
                new HeadTenureChanged(tenure.getRegionCode(), tenure.getId(), tenure.getVersion()));
    }

    /** Refuses a change made against an older version of the tenure, with the stored tenure for the comparison. */
    static void requireVersion(HeadTenure tenure, long version, LocalDate today) {
        StaleSaves.requireVersion(tenure, version, t -> toDetails(t, today));
    }

    /**
     * Adds the report slots a Pj owes up to the end of the term (or of the tenure) that are not there yet.
     * Start-up demo data passes {@code demo} so that the slots are marked too.
     */
    void layOutReports(HeadTenure tenure, boolean demo) {
        if (!tenure.getStatus().reportsQuarterly()) {
            return;
        }
        var until = tenure.getEndedOn() != null ? tenure.getEndedOn() : tenure.getTermEndsOn();
        var existing = reports.findByTenureIdOrderByPeriodNumber(tenure.getId()).stream()
                .mapToInt(PjReport::getPeriodNumber).max().orElse(0);
        for (var period : rules.schedule(tenure.getSwornInOn(), until)) {
            if (period.number() > existing) {
                var slot = new PjReport(tenure.getId(), tenure.getRegionCode(), period.number(), period.start(),
                        period.due());
                slot.markDemo(demo);
                reports.save(slot);
            }
        }
    }

    static TenureDetails toDetails(HeadTenure t, LocalDate today) {
        var daysLeft = t.getTermEndsOn() == null || !t.isActive() ? null
                : ChronoUnit.DAYS.between(today, t.getTermEndsOn());
        return new TenureDetails(t.getId(), t.getRegionCode(), t.getStatus(), t.getPersonName(), t.getNip(),
                t.getOriginPosition(), t.getOriginInstitution(), t.getEchelon(), t.getLegalBasis(), t.getDecreeNumber(),
                t.getSwornInOn(), t.getTermStartedOn(), t.getTermEndsOn(), t.getExtensionCount(), t.getEndedOn(),
                t.getEndReason(), t.getLastCategory(), t.getLastBand(), t.isDemo(), t.getUpdatedAt(), t.getUpdatedBy(),
                t.getVersion(), daysLeft, t.getCampaignLeave(), today);
    }
}
