package id.go.kemendagri.siap.security;

import java.util.Locale;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.UserProfile;
import id.go.kemendagri.siap.base.UserProfiles;
import id.go.kemendagri.siap.security.domain.AppUserRepository;

@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CurrentUserProfiles implements UserProfiles {

    private final AppUserRepository users;
    private final RegionAccess access;

    @Override
    @Transactional(readOnly = true)
    public Optional<UserProfile> current() {
        return access.current().flatMap(user -> users.findByUsername(user.username()))
                .map(user -> new UserProfile(user.getUsername(), user.getFullName(),
                        "role." + user.getRole().name(), user.getProvinceCode() == null ? "" : user.getProvinceCode(),
                        UserService.localeOf(user)));
    }

    @Override
    @Transactional
    public void rememberLanguage(Locale locale) {
        var user = access.currentUser();
        users.findByUsername(user.username())
                .ifPresent(u -> u.setLocale(Formats.normalise(locale).toLanguageTag()));
    }
}
