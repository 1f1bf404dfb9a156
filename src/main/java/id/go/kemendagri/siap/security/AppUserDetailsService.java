package id.go.kemendagri.siap.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;

    AppUserDetailsService(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim())
                .map(this::toSignedInUser)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    private SignedInUser toSignedInUser(AppUser user) {
        var locked = user.getLockedUntil() != null && user.getLockedUntil().isAfter(clock.instant());
        return new SignedInUser(user.getId(), user.getUsername(), user.getFullName(), user.getPasswordHash(),
                user.getRole(), user.getProvinceCode(), user.isEnabled(), !locked);
    }
}
