package id.go.kemendagri.siap.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.Pages;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.StaleSaves;
import id.go.kemendagri.siap.leadership.domain.MinisterApproval;
import id.go.kemendagri.siap.leadership.domain.MinisterApprovalRepository;
import id.go.kemendagri.siap.leadership.domain.RegionRefRepository;
import id.go.kemendagri.siap.region.ElectionStage;
import id.go.kemendagri.siap.region.ElectionStages;

/**
 * Controls on a Pj's authority (issue 19): the register of actions that need the Minister's written approval and
 * the approvals, recorded by the ministry and by a province's staff for their own regions. A staff transfer dated
 * in the six months before candidate determination (2024: 22 Mar - 22 Sep) with no approval dated on or before it
 * is an alert, listed with the other heads alerts and counted in the menu.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MinisterApprovalService {

    public static final String AUDIT_ENTITY = "minister-approval";
    /** How long before candidate determination staff transfers need the Minister's approval (UU 10/2016 art. 71). */
    public static final int TRANSFER_MONTHS = 6;

    /** The transfer window of the current cycle: from six months before candidate determination to it. */
    public record Window(LocalDate from, LocalDate to) {
    }

    private final MinisterApprovalRepository approvals;
    private final RegionRefRepository regions;
    private final ElectionStages stages;
    private final LeadershipAccess access;
    private final AuditService audit;
    private final Clock clock;

    /** The transfer window, empty when the cycle has no candidate determination date. */
    public Optional<Window> window() {
        return stages.current().stream().filter(s -> s.stage() == ElectionStage.CANDIDATE_DETERMINATION).findFirst()
                .map(s -> new Window(s.startsOn().minusMonths(TRANSFER_MONTHS), s.startsOn()));
    }

    /** A region the user may record for, as the form offers it. */
    public record RegionOption(String code, String name) {
    }

    /** The regions the user may record entries for, by code (the user's province for provincial staff). */
    @Transactional(readOnly = true)
    public List<RegionOption> regionsInScope() {
        var province = scope();
        return regions.findAll(Sort.by("code")).stream()
                .filter(r -> province == null || province.equals(r.getProvinceCode()))
                .filter(r -> access.canRecordReports(r.getCode()))
                .map(r -> new RegionOption(r.getCode(), r.getName())).toList();
    }

    /** Entries in the user's scope, one region ({@code regionCode}) or all, newest action first; alerts only if asked. */
    @Transactional(readOnly = true)
    public List<ApprovalDetails> page(String regionCode, boolean alertsOnly, Pageable page) {
        if (regionCode != null) {
            access.requireRead(regionCode);
        }
        var window = window();
        if (alertsOnly && window.isEmpty()) {
            return List.of();
        }
        var rows = approvals.page(scope(), regionCode, alertsOnly, ApprovalKind.STAFF_TRANSFER, from(window), to(window),
                Pages.in(page, Sort.unsorted()));
        var names = new HashMap<String, String>();
        regions.findAllById(rows.stream().map(MinisterApproval::getRegionCode).distinct().toList())
                .forEach(r -> names.put(r.getCode(), r.getName()));
        return rows.stream().map(a -> toDetails(a, names.getOrDefault(a.getRegionCode(), a.getRegionCode()), window))
                .toList();
    }

    /** One entry as it is stored now, or empty once it was removed. */
    @Transactional(readOnly = true)
    public Optional<ApprovalDetails> find(long id) {
        return approvals.findById(id).map(a -> {
            access.requireRead(a.getRegionCode());
            var name = regions.findById(a.getRegionCode()).map(r -> r.getName()).orElse(a.getRegionCode());
            return toDetails(a, name, window());
        });
    }

    @Transactional(readOnly = true)
    public long count(String regionCode, boolean alertsOnly) {
        if (regionCode != null) {
            access.requireRead(regionCode);
        }
        var window = window();
        if (alertsOnly && window.isEmpty()) {
            return 0;
        }
        return approvals.countRows(scope(), regionCode, alertsOnly, ApprovalKind.STAFF_TRANSFER, from(window), to(window));
    }

    /** Records a new entry ({@code id} null) or changes one, against the version the form saw. */
    @Transactional
    public ApprovalDetails save(Long id, String regionCode, ApprovalDraft draft) {
        var approval = id == null ? null
                : approvals.findById(id).orElseThrow(() -> new NotFoundException("approval " + id));
        var region = regions.findById(approval == null ? regionCode : approval.getRegionCode())
                .orElseThrow(() -> new NotFoundException("region " + regionCode));
        access.requireRecordReports(region.getCode());
        var errors = check(draft, LeadershipRules.today(clock));
        InvalidInputException.throwIfAny(errors);
        if (approval != null && !Objects.equals(approval.getVersion(), draft.version())) {
            throw new StaleDataException(toDetails(approval, region.getName(), window()));
        }
        var before = approval == null ? null : toDetails(approval, region.getName(), window());
        if (approval == null) {
            approval = new MinisterApproval(region.getCode(), region.getProvinceCode());
        }
        approval.update(draft.kind(), TenureRules.trim(draft.subject()), draft.actionOn(),
                TenureRules.blankToNull(draft.approvalNumber()), draft.approvedOn());
        approval.markDemo(false);
        approval = StaleSaves.flush(approvals, approval);
        var after = toDetails(approval, region.getName(), window());
        audit.recordAndAnnounce(AUDIT_ENTITY, approval.getId().toString(), before == null ? "CREATE" : "UPDATE",
                FieldChange.since(before).compare("kind", ApprovalDetails::kind, after.kind())
                        .compare("subject", ApprovalDetails::subject, after.subject())
                        .compare("actionOn", ApprovalDetails::actionOn, after.actionOn())
                        .compare("approvalNumber", ApprovalDetails::approvalNumber, after.approvalNumber())
                        .compare("approvedOn", ApprovalDetails::approvedOn, after.approvedOn())
                        .changes(),
                new MinisterApprovalChanged(region.getCode(), approval.getId()));
        return after;
    }

    /** Removes an entry recorded by mistake. */
    @Transactional
    public void delete(long id, long version) {
        var approval = approvals.findById(id).orElseThrow(() -> new NotFoundException("approval " + id));
        access.requireRecordReports(approval.getRegionCode());
        if (!Objects.equals(approval.getVersion(), version)) {
            throw new StaleDataException(null);
        }
        approvals.delete(approval);
        audit.recordAndAnnounce(AUDIT_ENTITY, Long.toString(id), "DELETE",
                new FieldChange.Collector().compare("subject", approval.getSubject(), null).changes(),
                new MinisterApprovalChanged(approval.getRegionCode(), id));
    }

    static Map<String, String> check(ApprovalDraft draft, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        if (draft.kind() == null) {
            errors.put("kind", "leadership.error.approval.kind");
        }
        TenureRules.text(errors, "subject", draft.subject(), 3, 300, true);
        if (draft.actionOn() == null || draft.actionOn().isAfter(today.plusYears(1))) {
            errors.put("actionOn", "leadership.error.approval.action-on");
        }
        var number = TenureRules.trim(draft.approvalNumber());
        if (number.isEmpty() != (draft.approvedOn() == null)) {
            errors.put(number.isEmpty() ? "approvalNumber" : "approvedOn", "leadership.error.approval.both");
        } else if (!number.isEmpty() && (number.length() < 3 || number.length() > 100)) {
            errors.put("approvalNumber", "leadership.error.approval.number");
        } else if (draft.approvedOn() != null && draft.approvedOn().isAfter(today)) {
            errors.put("approvedOn", "leadership.error.approval.approved-on");
        }
        return errors;
    }

    private ApprovalDetails toDetails(MinisterApproval a, String regionName, Optional<Window> window) {
        var approvedBefore = a.getApprovedOn() != null && !a.getApprovedOn().isAfter(a.getActionOn());
        var alert = a.getKind() == ApprovalKind.STAFF_TRANSFER && !approvedBefore && window
                .filter(w -> !a.getActionOn().isBefore(w.from()) && !a.getActionOn().isAfter(w.to())).isPresent();
        return new ApprovalDetails(a.getId(), a.getRegionCode(), regionName, a.getKind(), a.getSubject(), a.getActionOn(),
                a.getApprovalNumber(), a.getApprovedOn(), approvedBefore, alert, a.isDemo(), a.getUpdatedAt(),
                a.getUpdatedBy(), a.getVersion());
    }

    private String scope() {
        access.requireSignedIn();
        return access.provinceScope().orElse(null);
    }

    private static LocalDate from(Optional<Window> window) {
        return window.map(Window::from).orElse(LocalDate.of(2000, 1, 1));
    }

    private static LocalDate to(Optional<Window> window) {
        return window.map(Window::to).orElse(LocalDate.of(2000, 1, 1));
    }
}
