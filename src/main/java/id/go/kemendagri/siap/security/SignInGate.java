package id.go.kemendagri.siap.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.security.domain.AppUserRepository;

/**
 * The one way to sign in (the application's only {@link AuthenticationProvider}, so Spring Security builds the
 * global authentication manager from it). Before any password is checked, a name and address that
 * {@link SignInThrottle} holds back are refused; then the password, and only after a right password whether the
 * account is disabled. Every refusal gives the sign-in page the same answer (/login?error): an unknown user, a
 * wrong password, a disabled account and a held-back address cannot be told apart from outside. An unknown
 * user costs as much time as a wrong password (Spring Security hashes a dummy password).
 */
@Component
class SignInGate implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    SignInGate(AppUserRepository users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        this.throttle = throttle;
        passwords = new DaoAuthenticationProvider(new AppUserDetailsService(users));
        passwords.setPasswordEncoder(passwordEncoder);
        // Account status only after the password: checked before it, a disabled account would answer faster.
        passwords.setPreAuthenticationChecks(user -> {
        });
        passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
    }

    /**
     * @throws LockedException when the name is held back from this address (the attempt is logged as such, not
     *                         counted); the sign-in page shows the same message as for a wrong password
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        var heldUntil = throttle.heldUntil(authentication.getName(), remoteAddress(authentication));
        if (heldUntil != null) {
            throw new LockedException("Held back until " + heldUntil);
        }
        return passwords.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
                : null;
    }
}
