package id.go.kemendagri.siap.checklist;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start, after the checklists, the grants and the heads (and their demo data) are in place: every derived
 * item follows its source, so a database from before the derived items, or changed while the application was down,
 * is in step again.
 */
@Component
@Order(50)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DerivedItemsStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DerivedItemsStartup.class);

    private final DerivedItems derived;

    @Override
    public void run(ApplicationArguments args) {
        var changed = derived.recomputeAll();
        log.info("Derived checklist items: {} brought in step with their source", changed);
    }
}
