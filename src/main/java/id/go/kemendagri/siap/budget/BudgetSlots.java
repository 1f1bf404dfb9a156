package id.go.kemendagri.siap.budget;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.Stamps;
import id.go.kemendagri.siap.budget.domain.NphdGrant;
import id.go.kemendagri.siap.budget.domain.NphdGrantRepository;
import id.go.kemendagri.siap.region.PilkadaRegion;
import id.go.kemendagri.siap.region.PilkadaRegions;

/**
 * Makes sure every region holding a Pilkada in the current cycle has its four grant rows (2,180 for 2024),
 * so that the grid shows who has not even proposed yet. Runs after the official regions are loaded;
 * idempotent: a second start writes nothing unless a name changed.
 */
@Component
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class BudgetSlots implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BudgetSlots.class);

    private final NphdGrantRepository grants;
    private final PilkadaRegions regions;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var changes = ensure();
        log.info("NPHD grant rows: {} created or renamed", changes);
    }

    @Transactional
    public int ensure() {
        var cycle = regions.currentCycle();
        var holding = regions.holdingPilkada();
        var codes = new HashSet<String>();
        holding.forEach(r -> {
            codes.add(r.code());
            codes.add(r.provinceCode());
        });
        var names = regions.names(codes);
        var existing = new HashMap<String, NphdGrant>();
        grants.findByCycleId(cycle.id()).forEach(g -> existing.put(key(g.getRegionCode(), g.getRecipient()), g));
        var now = clock.instant();
        // Empty slots nobody has written yet, and names kept in step: no one's edit, the stamps stay as they are.
        grants.flush();
        return Stamps.keeping(() -> {
            var changes = 0;
            for (PilkadaRegion region : holding) {
                var name = names.get(region.code());
                var province = names.get(region.provinceCode());
                for (var recipient : Recipient.values()) {
                    var stored = existing.get(key(region.code(), recipient));
                    if (stored == null) {
                        grants.save(new NphdGrant(cycle.id(), region.code(), region.provinceCode(), name, province,
                                recipient, now));
                        changes++;
                    } else if (stored.rename(name, province, now)) {
                        changes++;
                    }
                }
            }
            grants.flush();
            return changes;
        });
    }

    private static String key(String regionCode, Recipient recipient) {
        return regionCode + "/" + recipient;
    }
}
