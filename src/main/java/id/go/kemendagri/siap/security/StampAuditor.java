package id.go.kemendagri.siap.security;

import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.AuditorAware;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.Stamps;

/**
 * The actor Spring Data's auditing stamps on a row ({@code base.StampsConfig}): the scope's ({@link Stamps#as}),
 * none inside {@link Stamps#keeping}, else the signed-in user's username, else {@value Stamps#SYSTEM} (start-up,
 * scheduled work, a read-API token).
 */
@Component("stampAuditor")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StampAuditor implements AuditorAware<String> {

    private final RegionAccess access;

    @Override
    public Optional<String> getCurrentAuditor() {
        return Stamps.actor(() -> access.current().map(SignedInUser::getUsername).orElse(Stamps.SYSTEM));
    }
}
