package id.go.kemendagri.siap.security.ui;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.go.kemendagri.siap.base.ui.MenuCount;
import id.go.kemendagri.siap.security.UserService;

/** User names held back right now, beside "Pengguna" in an administrator's menu. */
@Configuration(proxyBeanMethods = false)
class HeldBackCount {

    /** Sign-in failures are not region changes: the number follows them within {@code MenuCounts.MAX_AGE}. */
    @Bean
    MenuCount heldBackMenuCount(UserService users) {
        return MenuCount.of(UserAdminView.PATH, users::countHeldBackForMenu, Set.of());
    }
}
