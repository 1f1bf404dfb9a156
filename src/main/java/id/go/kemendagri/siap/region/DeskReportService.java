package id.go.kemendagri.siap.region;

import static id.go.kemendagri.siap.base.WebLinks.isWebLink;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.region.domain.DeskReport;
import id.go.kemendagri.siap.region.domain.DeskReportRepository;
import id.go.kemendagri.siap.region.domain.RegionRepository;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * The Desk Pilkada's monthly report to the ministry as a series of months ({@link DeskReportProperties}): each month
 * is on time, late, missing, due or still running. Whoever may write a region (its provincial staff, the ministry)
 * records a month's report; a save checks every value, refuses a stale version, writes the audit trail and, once
 * committed, tells the open screens.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DeskReportService {

    public static final String AUDIT_ENTITY = "desk-report";
    public static final int MAX_NOTE = 300;

    private final DeskReportRepository reports;
    private final RegionRepository regions;
    private final PilkadaRegions pilkada;
    private final DeskReportProperties properties;
    private final RegionAccess access;
    private final AuditService audit;
    private final Clock clock;

    /** The region's series, first month first: one statement. */
    @Transactional(readOnly = true)
    public List<DeskReportMonth> series(String regionCode) {
        access.requireRead(regionCode);
        var today = today();
        var byMonth = new HashMap<YearMonth, DeskReport>();
        for (var report : reports.findByCycleIdAndRegionCodeOrderByReportMonth(pilkada.currentCycle().id(), regionCode)) {
            byMonth.put(YearMonth.from(report.getReportMonth()), report);
        }
        var result = new ArrayList<DeskReportMonth>();
        for (var month = properties.firstMonth(); !month.isAfter(properties.lastMonth()); month = month.plusMonths(1)) {
            result.add(toMonth(month, byMonth.get(month), today));
        }
        return result;
    }

    /** The day of the following month a month's report is due (a setting). */
    public int dueDay() {
        return properties.dueDay();
    }

    /** The months a report may be recorded for today: from the first month to the current one. */
    public List<YearMonth> recordableMonths() {
        var current = YearMonth.from(today());
        var result = new ArrayList<YearMonth>();
        for (var month = properties.firstMonth(); !month.isAfter(properties.lastMonth()) && !month.isAfter(current);
                month = month.plusMonths(1)) {
            result.add(month);
        }
        return result;
    }

    /** The last month whose report is due by today, if any: the boards count who sent it. */
    public java.util.Optional<YearMonth> lastDueMonth() {
        var today = today();
        YearMonth last = null;
        for (var month = properties.firstMonth(); !month.isAfter(properties.lastMonth()); month = month.plusMonths(1)) {
            if (!properties.dueOn(month).isAfter(today)) {
                last = month;
            }
        }
        return java.util.Optional.ofNullable(last);
    }

    /** How many regions (of a province, or all) recorded the month's report: one statement. */
    @Transactional(readOnly = true)
    public long countSent(YearMonth month, String provinceCode) {
        return reports.countSent(pilkada.currentCycle().id(), month.atDay(1), provinceCode);
    }

    /**
     * Records or changes one month's report.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the user may not write the region
     * @throws InvalidInputException when a value is invalid; nothing is stored
     * @throws StaleDataException    when someone saved that month in between; carries the stored month
     */
    @Transactional
    public DeskReportMonth record(String regionCode, DeskReportDraft draft) {
        access.requireWrite(regionCode);
        var region = regions.findById(regionCode).orElseThrow(() -> new NotFoundException("region " + regionCode));
        var today = today();
        var errors = check(draft, properties, today);
        InvalidInputException.throwIfAny(errors);
        var cycle = pilkada.currentCycle().id();
        var stored = reports.findByCycleIdAndRegionCodeAndReportMonth(cycle, regionCode, draft.month().atDay(1));
        if (!Objects.equals(stored.map(DeskReport::getVersion).orElse(null), draft.version())) {
            throw new StaleDataException(toMonth(draft.month(), stored.orElse(null), today));
        }
        var link = draft.link().strip();
        var note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        var changes = FieldChange.since(stored)
                .compare("sentOn", DeskReport::getSentOn, draft.sentOn())
                .compare("link", DeskReport::getLink, link)
                .compare("note", DeskReport::getNote, note)
                .changes();
        if (changes.isEmpty() && stored.isPresent()) {
            return toMonth(draft.month(), stored.get(), today);
        }
        var report = stored.orElseGet(() -> new DeskReport(cycle, regionCode, region.getProvinceCode(),
                draft.month().atDay(1)));
        report.update(draft.sentOn(), link, note, false);
        report = StaleSaves.flushUnique(reports, report);
        audit.recordAndAnnounce(AUDIT_ENTITY, regionCode + ":" + draft.month(), stored.isPresent() ? "UPDATE" : "CREATE",
                changes, new DeskReportChanged(regionCode));
        return toMonth(draft.month(), report, today);
    }

    /** Field errors (message keys by field) of a draft; empty when it may be stored. */
    static Map<String, String> check(DeskReportDraft draft, DeskReportProperties properties, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        var month = draft.month();
        if (month == null || month.isBefore(properties.firstMonth()) || month.isAfter(properties.lastMonth())
                || month.isAfter(YearMonth.from(today))) {
            errors.put("month", "desk.report.error.month");
        }
        if (draft.sentOn() == null || draft.sentOn().isAfter(today)
                || (month != null && draft.sentOn().isBefore(month.atDay(1)))) {
            errors.put("sentOn", "desk.report.error.sent-on");
        }
        if (!isWebLink(draft.link() == null ? "" : draft.link().strip())) {
            errors.put("link", "desk.report.error.link");
        }
        if (draft.note() != null && draft.note().strip().length() > MAX_NOTE) {
            errors.put("note", "desk.report.error.note");
        }
        return errors;
    }


    private DeskReportMonth toMonth(YearMonth month, DeskReport report, LocalDate today) {
        var due = properties.dueOn(month);
        if (report == null) {
            var status = today.isAfter(due) ? DeskReportStatus.MISSING
                    : today.isAfter(month.atEndOfMonth()) ? DeskReportStatus.DUE
                    : today.isBefore(month.atDay(1)) ? DeskReportStatus.NOT_STARTED : DeskReportStatus.UPCOMING;
            return new DeskReportMonth(month, due, status, null, null, null, false, null, null, null);
        }
        var status = report.getSentOn().isAfter(due) ? DeskReportStatus.LATE : DeskReportStatus.ON_TIME;
        return new DeskReportMonth(month, due, status, report.getSentOn(), report.getLink(), report.getNote(),
                report.isDemo(), report.getUpdatedAt(), report.getUpdatedBy(), report.getVersion());
    }

    private LocalDate today() {
        return Formats.today(clock);
    }
}
