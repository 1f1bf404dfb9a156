/**
 * Shared kernel: the clock, domain exceptions, the event contract that live updates fan out,
 * formatting in Indonesian conventions, and (in {@code base.ui}) the main layout and translations.
 * Depends on no feature.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
package id.go.kemendagri.siap.base;

import org.springframework.modulith.ApplicationModule;
