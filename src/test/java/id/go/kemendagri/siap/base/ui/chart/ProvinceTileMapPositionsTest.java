package id.go.kemendagri.siap.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ProvinceTileMapPositionsTest {

    @Test
    void every_province_in_the_reference_data_has_its_own_place_on_the_map() throws Exception {
        var resource = getClass().getResourceAsStream("/reference/idn-area-data/provinces.csv");
        java.util.Set<String> codes;
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            codes = reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.substring(0, line.indexOf(',')))
                    .collect(Collectors.toSet());
        }
        assertThat(codes).hasSize(38);
        assertThat(ProvinceTileMap.POSITIONS.keySet()).isEqualTo(codes);
        assertThat(new HashSet<>(ProvinceTileMap.POSITIONS.values())).hasSize(38);
        assertThat(ProvinceTileMap.POSITIONS.values()).allSatisfy(position -> {
            assertThat(position.row()).isBetween(1, ProvinceTileMap.ROWS);
            assertThat(position.column()).isBetween(1, ProvinceTileMap.COLUMNS);
        });
        assertThat(ProvinceTileMap.POSITIONS.get("11")).isEqualTo(new ProvinceTileMap.Position(1, 1));
    }
}
