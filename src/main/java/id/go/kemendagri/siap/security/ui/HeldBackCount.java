package id.go.kemendagri.siap.security.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.RegionChange;

import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.security.UserService;

/** User names held back right now, beside "Pengguna" in an administrator's menu. */
@Component
class HeldBackCount implements MenuCount {

    private final UserService users;

    HeldBackCount(UserService users) {
        this.users = users;
    }

    @Override
    public String path() {
        return UserAdminView.PATH;
    }

    @Override
    public long count() {
        return users.countHeldBackForMenu();
    }

    /** Sign-in failures are not region changes: the number follows them within {@code MenuCounts.MAX_AGE}. */
    @Override
    public Set<Class<? extends RegionChange>> movedBy() {
        return Set.of();
    }
}
