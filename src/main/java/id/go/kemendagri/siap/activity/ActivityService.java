package id.go.kemendagri.siap.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditQuery;
import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.Role;

/**
 * Recent changes for the feed. Evaluators, administrators and leadership see the whole country;
 * provincial staff see their province's regions only. Changes to user accounts, API tokens and personal
 * notification settings (e-mail addresses) are for administrators.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityService {

    static final Set<String> ADMIN_ONLY = Set.of("user", "api-token", "notification-setting");

    private final AuditService audit;
    private final RegionService regions;
    private final RegionAccess access;

    /**
     * A page of saves, newest first, each with the fields it changed: three statements (the page, its rows
     * and the region names).
     */
    @Transactional(readOnly = true)
    public List<ActivityRow> page(String entityType, String provinceCode, Pageable page) {
        var saves = audit.searchSaves(query(entityType, provinceCode), page);
        var codes = new HashSet<String>();
        saves.forEach(save -> {
            if (save.getFirst().regionCode() != null) {
                codes.add(save.getFirst().regionCode());
            }
        });
        var names = codes.isEmpty() ? java.util.Map.<String, String>of() : regions.names(codes);
        var rows = new ArrayList<ActivityRow>(saves.size());
        for (var save : saves) {
            var e = save.getFirst();
            var changes = save.stream().map(c -> new ActivityRow.Change(c.field(), c.oldValue(), c.newValue())).toList();
            rows.add(new ActivityRow(e.id(), e.occurredAt(), e.actor(), e.entityType(), e.entityId(), e.regionCode(),
                    e.regionCode() == null ? null : names.get(e.regionCode()), e.action(), changes));
        }
        return rows;
    }

    /** How many saves the feed has for these filters. */
    @Transactional(readOnly = true)
    public long count(String entityType, String provinceCode) {
        return audit.countSaves(query(entityType, provinceCode));
    }

    /** The kinds of change the user may filter by. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        var admin = access.currentUser().role() == Role.ADMIN;
        return audit.entityTypes().stream().filter(type -> admin || !ADMIN_ONLY.contains(type)).toList();
    }

    private AuditQuery query(String entityType, String provinceCode) {
        var user = access.currentUser();
        var province = access.readableProvince(provinceCode);
        var hidden = user.role() == Role.ADMIN ? Set.<String>of() : ADMIN_ONLY;
        return new AuditQuery(entityType, province, access.provinceScope().isPresent() || province != null, hidden);
    }
}
