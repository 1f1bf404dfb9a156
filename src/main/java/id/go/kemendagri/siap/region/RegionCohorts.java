package id.go.kemendagri.siap.region;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Each region's election cohort ({@code region_cohort}, reference data from the migration): which Pilkada elected
 * its last head and when that term ends, from which follows which regions get a Pj and when. Read once; the table
 * changes only with a migration.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RegionCohorts {

    private final JdbcTemplate jdbc;
    private volatile Map<String, ElectionCohort> all;

    /** Every region with a cohort on record, by code. */
    public Map<String, ElectionCohort> all() {
        var result = all;
        if (result == null) {
            result = jdbc.query("select region_code, elected_year, term_end_year, basis from region_cohort",
                    (rs, row) -> new ElectionCohort(rs.getString(1), (Integer) rs.getObject(2), (Integer) rs.getObject(3),
                            rs.getString(4)))
                    .stream().collect(Collectors.toUnmodifiableMap(ElectionCohort::regionCode, Function.identity()));
            all = result;
        }
        return result;
    }

    public Optional<ElectionCohort> of(String regionCode) {
        return Optional.ofNullable(all().get(regionCode));
    }
}
