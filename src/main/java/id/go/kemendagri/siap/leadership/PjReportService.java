package id.go.kemendagri.siap.leadership;

import static id.go.kemendagri.siap.base.WebLinks.isWebLink;

import id.go.kemendagri.siap.region.RegionLevel;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.leadership.domain.HeadTenureRepository;
import id.go.kemendagri.siap.leadership.domain.PjReport;
import id.go.kemendagri.siap.leadership.domain.PjReportRepository;

/**
 * The quarterly reports of a Pj: the schedule with each report's status today, and recording a report
 * as received (date plus document number or link). Provincial staff record their own province's
 * reports; evaluators and administrators any.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PjReportService {

    public static final String AUDIT_ENTITY = "pj-report";
    static final int MAX_REF = 300;

    private final PjReportRepository reports;
    private final HeadTenureRepository tenures;
    private final LeadershipAccess access;
    private final AuditService audit;
    private final Clock clock;

    /** A tenure's reports in order, each with its status today and its evaluation's category, if any. */
    @Transactional(readOnly = true)
    public List<ReportSlot> schedule(long tenureId) {
        var tenure = tenures.findById(tenureId).orElseThrow(() -> new NotFoundException("tenure " + tenureId));
        access.requireRead(tenure.getRegionCode());
        var today = LeadershipRules.today(clock);
        return reports.findScheduleWithEvaluations(tenureId).stream()
                .map(row -> toSlot((PjReport) row[0], (Long) row[1], (EvaluationCategory) row[2], today)).toList();
    }

    /**
     * @throws InvalidInputException the date is missing, in the future or before the period began, or the
     *                               reference is neither a document number nor an http(s) link
     * @throws StaleDataException    someone recorded this report in between
     */
    @Transactional
    public ReportSlot record(long reportId, ReportDraft draft) {
        var report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("report " + reportId));
        access.requireRecordReports(report.getRegionCode());
        var today = LeadershipRules.today(clock);
        var errors = check(draft, report.getPeriodStart(), today,
                RegionLevel.ofCode(report.getRegionCode()) == RegionLevel.PROVINSI);
        InvalidInputException.throwIfAny(errors);
        StaleSaves.requireVersion(report, draft.version(), r -> toSlot(r, null, null, today));
        var oldSent = report.getSentOn();
        var oldRef = report.getDocumentRef();
        var oldForwarded = report.getForwardedOn();
        var ref = draft.documentRef().strip();
        report.sent(draft.sentOn(), ref);
        report.forwarded(draft.forwardedOn());
        report.markDemo(false);
        StaleSaves.flush(reports, report);
        audit.recordAndAnnounce(AUDIT_ENTITY, report.getId().toString(), oldSent == null ? "SEND" : "UPDATE",
                new FieldChange.Collector().compare("period", null, report.getPeriodNumber())
                        .compare("sentOn", oldSent, draft.sentOn()).compare("documentRef", oldRef, ref)
                        .compare("forwardedOn", oldForwarded, draft.forwardedOn()).changes(),
                new PjReportRecorded(report.getRegionCode(), report.getId(), report.getVersion()));
        return toSlot(report, null, null, today);
    }

    /**
     * Report routing: a Pj bupati/wali kota's report goes through the governor, so it may carry the date the
     * governor forwarded it, not before the report's own date nor in the future; a Pj gubernur reports to the
     * Minister directly and has no such date.
     */
    static Map<String, String> check(ReportDraft draft, LocalDate periodStart, LocalDate today, boolean province) {
        var errors = new LinkedHashMap<String, String>();
        var forwarded = draft.forwardedOn();
        if (forwarded != null && province) {
            errors.put("forwardedOn", "leadership.error.forwarded.province");
        } else if (forwarded != null && forwarded.isAfter(today)) {
            errors.put("forwardedOn", "leadership.error.forwarded.future");
        } else if (forwarded != null && draft.sentOn() != null && forwarded.isBefore(draft.sentOn())) {
            errors.put("forwardedOn", "leadership.error.forwarded.before-report");
        }
        if (draft.sentOn() == null || draft.sentOn().isAfter(today)) {
            errors.put("sentOn", "leadership.error.sent-on");
        } else if (draft.sentOn().isBefore(periodStart)) {
            errors.put("sentOn", "leadership.error.sent-before-period");
        }
        var ref = draft.documentRef() == null ? "" : draft.documentRef().strip();
        if (ref.length() < 3 || ref.length() > MAX_REF || ref.chars().anyMatch(Character::isISOControl)
                || (ref.contains("://") && !isWebLink(ref))) {
            errors.put("documentRef", "leadership.error.document-ref");
        }
        return errors;
    }


    static ReportSlot toSlot(PjReport r, Long evaluationId, EvaluationCategory category, LocalDate today) {
        var status = LeadershipRules.reportStatus(r.getDueOn(), r.getSentOn(), today);
        var late = r.getSentOn() != null && r.getSentOn().isAfter(r.getDueOn());
        return new ReportSlot(r.getId(), r.getTenureId(), r.getRegionCode(), r.getPeriodNumber(), r.getPeriodStart(),
                r.getDueOn(), r.getSentOn(), r.getDocumentRef(), status, late, evaluationId, category, r.isDemo(),
                r.getUpdatedAt(), r.getUpdatedBy(), r.getVersion(), r.getForwardedOn());
    }
}
