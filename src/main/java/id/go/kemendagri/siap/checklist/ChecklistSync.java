package id.go.kemendagri.siap.checklist;

import java.time.Clock;
import java.util.ArrayList;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.checklist.domain.ChecklistItemWriter;
import id.go.kemendagri.siap.checklist.domain.ChecklistTemplateItem;
import id.go.kemendagri.siap.checklist.domain.ChecklistTemplateItemRepository;
import id.go.kemendagri.siap.region.PilkadaRegions;
import id.go.kemendagri.siap.region.RegionLevel;

/**
 * Brings every Pilkada region's checklist in line with a published template version: items of that
 * version that a region lacks are added, items no longer in it are retired (kept with their answers),
 * and items that come back are un-retired. Idempotent; a few set-based statements and one batch insert.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChecklistSync {

    private static final Logger log = LoggerFactory.getLogger(ChecklistSync.class);

    record Result(int added, int retired) {
    }

    private final ChecklistItemWriter writer;
    private final ChecklistTemplateItemRepository templateItems;
    private final PilkadaRegions regions;
    private final Clock clock;

    @Transactional(propagation = Propagation.MANDATORY)
    Result apply(long cycleId, long templateId) {
        var now = clock.instant();
        var retired = writer.relinkAndRetire(cycleId, templateId, now);
        var templateList = templateItems.findByTemplateIdOrderByThemeAscSortOrderAscCodeAsc(templateId);
        var existing = writer.existingKeys(cycleId);
        var missing = new ArrayList<ChecklistItemWriter.NewItem>();
        for (var region : regions.holdingPilkada()) {
            for (var item : templateList) {
                if (appliesTo(item, region.level()) && !existing.contains(region.code() + "|" + item.getCode())) {
                    missing.add(new ChecklistItemWriter.NewItem(cycleId, region.code(), region.provinceCode(),
                            region.level().name(), item.getCode(), item.getId()));
                }
            }
        }
        writer.insert(missing, now);
        if (!missing.isEmpty() || retired > 0) {
            log.info("Checklist template {} applied: {} items added, {} retired", templateId, missing.size(), retired);
        }
        return new Result(missing.size(), retired);
    }

    static boolean appliesTo(ChecklistTemplateItem item, RegionLevel level) {
        return switch (level) {
            case PROVINSI -> item.isForProvince();
            case KABUPATEN -> item.isForKabupaten();
            case KOTA -> item.isForKota();
        };
    }
}
