package id.go.kemendagri.siap.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import id.go.kemendagri.siap.security.domain.AppUser;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

/**
 * Users for sign-in, read by {@link SignInGate} only: not a bean, so that Spring Security does not build a second
 * way to sign in around the gate.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username.trim())
                .map(this::toSignedInUser)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    /** Never locked as a whole: {@link SignInGate} holds back a name per address instead. */
    private SignedInUser toSignedInUser(AppUser user) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getFullName(), user.getPasswordHash(),
                user.getRole(), user.getProvinceCode(), user.isEnabled(), true);
    }
}
