package id.go.kemendagri.siap.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditQuery;
import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.Role;

/**
 * Recent changes for the feed. Evaluators, administrators and leadership see the whole country;
 * provincial staff see their province's regions only. Changes to user accounts are for administrators.
 */
@Service
public class ActivityService {

    static final Set<String> ADMIN_ONLY = Set.of("user", "api-token");

    private final AuditService audit;
    private final RegionService regions;
    private final RegionAccess access;

    ActivityService(AuditService audit, RegionService regions, RegionAccess access) {
        this.audit = audit;
        this.regions = regions;
        this.access = access;
    }

    /** A page of changes, newest first: two statements (the page and the region names). */
    @Transactional(readOnly = true)
    public List<ActivityRow> page(String entityType, String provinceCode, int offset, int limit) {
        var entries = audit.search(query(entityType, provinceCode), offset, limit);
        var codes = new HashSet<String>();
        entries.forEach(entry -> {
            if (entry.regionCode() != null) {
                codes.add(entry.regionCode());
            }
        });
        var names = regions.names(codes);
        var rows = new ArrayList<ActivityRow>(entries.size());
        for (var e : entries) {
            rows.add(new ActivityRow(e.id(), e.occurredAt(), e.actor(), e.entityType(), e.entityId(), e.regionCode(),
                    e.regionCode() == null ? null : names.get(e.regionCode()), e.action(), e.field(), e.oldValue(),
                    e.newValue()));
        }
        return rows;
    }

    @Transactional(readOnly = true)
    public long count(String entityType, String provinceCode) {
        return audit.count(query(entityType, provinceCode));
    }

    /** The kinds of change the user may filter by. */
    @Transactional(readOnly = true)
    public List<String> entityTypes() {
        var admin = access.currentUser().role() == Role.ADMIN;
        return audit.entityTypes().stream().filter(type -> admin || !ADMIN_ONLY.contains(type)).toList();
    }

    private AuditQuery query(String entityType, String provinceCode) {
        var user = access.currentUser();
        var scope = access.provinceScope();
        var province = scope.isPresent() ? scope.get() : provinceCode;
        if (scope.isPresent() && provinceCode != null && !provinceCode.equals(scope.get())) {
            province = "--";
        }
        var hidden = user.role() == Role.ADMIN ? Set.<String>of() : ADMIN_ONLY;
        return new AuditQuery(entityType, province, scope.isPresent() || province != null, hidden);
    }
}
