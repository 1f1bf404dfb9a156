package id.go.kemendagri.siap.checklist.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.checklist.ChecklistReports;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.Role;

/**
 * Numbers beside the checklist menu entries: items waiting for the evaluators, and for provincial staff
 * the returned, overdue and in-progress items of their province. Each is one count query, asked only
 * for the roles that see the entry.
 */
@Configuration(proxyBeanMethods = false)
class ChecklistMenuCounts {

    @Bean
    MenuCount checklistWaitingCount(ChecklistReports reports, RegionAccess access) {
        return new RoleCount(ChecklistVerificationView.PATH, access, () -> reports.countWaiting(null, null),
                Role.EVALUATOR, Role.ADMIN);
    }

    @Bean
    MenuCount checklistTaskCount(ChecklistReports reports, RegionAccess access) {
        return new RoleCount(ChecklistTasksView.PATH, access, () -> reports.countTasks(null),
                Role.PROVINCIAL_STAFF);
    }

    record RoleCount(String path, RegionAccess access, java.util.function.LongSupplier counter, Role... roles)
            implements MenuCount {

        @Override
        public long count() {
            var role = access.current().map(u -> u.role()).orElse(null);
            return java.util.Arrays.asList(roles).contains(role) ? counter.getAsLong() : 0;
        }

        @Override
        public java.util.Set<Class<? extends id.go.kemendagri.siap.base.RegionChange>> movedBy() {
            return java.util.Set.of(id.go.kemendagri.siap.checklist.ChecklistItemChanged.class);
        }
    }
}
