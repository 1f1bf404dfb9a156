package id.go.kemendagri.siap.checklist;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.checklist.domain.ChecklistTemplateRepository;
import id.go.kemendagri.siap.region.PilkadaRegions;

/**
 * At every start, after the regions are loaded: makes sure each region holding a Pilkada in the current
 * cycle has the items of the latest published template (a new cycle or new regions get theirs here).
 */
@Component
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChecklistStartup implements ApplicationRunner {

    private final ChecklistTemplateRepository templates;
    private final ChecklistSync sync;
    private final PilkadaRegions regions;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        var cycleId = regions.currentCycle().id();
        templates.findFirstByCycleIdAndPublishedTrueOrderByVersionNoDesc(cycleId)
                .ifPresent(template -> sync.apply(cycleId, template.getId()));
    }
}
