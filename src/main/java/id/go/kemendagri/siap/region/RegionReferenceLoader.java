package id.go.kemendagri.siap.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.apache.commons.csv.CSVFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.region.domain.ElectionCycleExclusion;
import id.go.kemendagri.siap.region.domain.ElectionCycleExclusionRepository;
import id.go.kemendagri.siap.region.domain.ElectionCycleRegion;
import id.go.kemendagri.siap.region.domain.ElectionCycleRegionRepository;
import id.go.kemendagri.siap.region.domain.ElectionCycleRepository;
import id.go.kemendagri.siap.region.domain.Region;
import id.go.kemendagri.siap.region.domain.RegionRepository;

/**
 * Loads the official provinces and kabupaten/kota from the bundled idn-area-data CSV files at every
 * start, and works out for each election cycle which regions hold a Pilkada. Idempotent: it adds what
 * is missing and renames what changed, so a second start writes nothing. This is the one place a region's
 * name is produced: the name stored (and shown everywhere) is the display name where
 * {@link RegionDisplayNames} gives one, the reference spelling is kept as the official name.
 */
@Component
@Order(10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegionReferenceLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegionReferenceLoader.class);
    static final String PROVINCES = "reference/idn-area-data/provinces.csv";
    static final String REGENCIES = "reference/idn-area-data/regencies.csv";

    private final RegionRepository regions;
    private final ElectionCycleRepository cycles;
    private final ElectionCycleExclusionRepository exclusions;
    private final ElectionCycleRegionRepository participation;
    private final Clock clock;

    @Override
    public void run(ApplicationArguments args) {
        var changes = load();
        log.info("Official regions loaded: {} changes", changes);
    }

    /** Returns how many rows it inserted or changed: zero when everything was already in place. */
    @Transactional
    public int load() {
        var official = readOfficialRegions();
        var existing = regions.findAll().stream().collect(Collectors.toMap(Region::getCode, Function.identity()));
        var changes = 0;
        var now = clock.instant();
        for (var region : official.values()) {
            var stored = existing.get(region.getCode());
            if (stored == null) {
                region.changed(now);
                // save merges (the id is assigned): keep the managed copy, which later changes must reach.
                existing.put(region.getCode(), regions.save(region));
                changes++;
            } else if (!stored.getName().equals(region.getName())) {
                stored.setName(region.getName());
                stored.setOfficialName(region.getOfficialName());
                stored.changed(now);
                changes++;
            } else if (!region.getOfficialName().equals(stored.getOfficialName())) {
                // Not shown (the API's sync need not hear of it): filled in once after V70.
                stored.setOfficialName(region.getOfficialName());
                changes++;
            }
        }
        regions.flush();
        for (var cycle : cycles.findAll()) {
            for (var code : materialiseParticipation(cycle.getId(), official.keySet())) {
                // The Pilkada flag is part of what the API shows of a region.
                existing.get(code).changed(now);
                changes++;
            }
        }
        return changes;
    }

    /** Returns the codes whose row it added or whose flag it changed. */
    private java.util.List<String> materialiseParticipation(long cycleId, Iterable<String> codes) {
        var excluded = new HashSet<String>();
        exclusions.findByIdCycleId(cycleId).stream().map(ElectionCycleExclusion::getId)
                .forEach(key -> excluded.add(key.regionCode()));
        var stored = participation.findByIdCycleId(cycleId).stream()
                .collect(Collectors.toMap(row -> row.getId().regionCode(), Function.identity()));
        var changed = new java.util.ArrayList<String>();
        for (var code : codes) {
            var holds = !excluded.contains(code);
            var row = stored.get(code);
            if (row == null) {
                participation.save(new ElectionCycleRegion(cycleId, code, holds));
                changed.add(code);
            } else if (row.isHoldsPilkada() != holds) {
                row.setHoldsPilkada(holds);
                changed.add(code);
            }
        }
        return changed;
    }

    /** Provinces first, then kabupaten/kota, keyed by code, in file order. */
    static Map<String, Region> readOfficialRegions() {
        var names = RegionDisplayNames.load();
        var result = new LinkedHashMap<String, Region>();
        read(PROVINCES, record -> {
            var code = record.get("code").trim();
            result.put(code, named(names, new Region(code, record.get("name").trim(), RegionLevel.PROVINSI, code)));
        });
        read(REGENCIES, record -> {
            var code = record.get("code").trim();
            var province = record.get("province_code").trim();
            if (!result.containsKey(province)) {
                throw new IllegalStateException("Regency " + code + " names unknown province " + province);
            }
            result.put(code, named(names, new Region(code, record.get("name").trim(), RegionLevel.ofCode(code),
                    province)));
        });
        return result;
    }

    /** Keeps the reference spelling as the official name and gives the region its display name. */
    private static Region named(RegionDisplayNames names, Region region) {
        region.setOfficialName(region.getName());
        region.setName(names.displayName(region.getCode(), region.getName()));
        return region;
    }

    private static void read(String resource, java.util.function.Consumer<org.apache.commons.csv.CSVRecord> row) {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8); var parser = format.parse(reader)) {
            parser.forEach(row);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
