package id.go.kemendagri.siap.region;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;

/**
 * The names shown for regions whose spelling in the reference data differs from the one the region and the
 * Ministry write ("Kota Palangkaraya" is shown as "Kota Palangka Raya"). The table is
 * {@code reference/display-names/display-names.csv}: code, the reference spelling it replaces, the display
 * name and why. The reference files stay unchanged and the reference spelling is kept in
 * {@code region.official_name}. An entry applies only while the reference data still spells the region as the
 * entry says: when a new release of the data changes that name, the new official name is shown and a warning
 * asks to review the entry.
 */
final class RegionDisplayNames {

    static final String TABLE = "reference/display-names/display-names.csv";
    private static final Logger log = LoggerFactory.getLogger(RegionDisplayNames.class);

    record Entry(String referenceName, String displayName) {
    }

    private final Map<String, Entry> entries;

    RegionDisplayNames(Map<String, Entry> entries) {
        this.entries = Map.copyOf(entries);
    }

    static RegionDisplayNames load() {
        var entries = new LinkedHashMap<String, Entry>();
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(new ClassPathResource(TABLE).getInputStream(), StandardCharsets.UTF_8);
                var parser = format.parse(reader)) {
            parser.forEach(row -> entries.put(row.get("code").strip(),
                    new Entry(row.get("reference_name").strip(), row.get("display_name").strip())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + TABLE, e);
        }
        return new RegionDisplayNames(entries);
    }

    /** The name to show for a region the reference data names {@code referenceName}. */
    String displayName(String code, String referenceName) {
        var entry = entries.get(code);
        if (entry == null) {
            return referenceName;
        }
        if (!entry.referenceName().equals(referenceName)) {
            log.warn("Display name of {} not applied: the reference data now spells it \"{}\", not \"{}\" ({})",
                    code, referenceName, entry.referenceName(), TABLE);
            return referenceName;
        }
        return entry.displayName();
    }
}
