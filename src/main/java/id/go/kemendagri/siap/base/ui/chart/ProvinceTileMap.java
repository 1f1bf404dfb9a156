package id.go.kemendagri.siap.base.ui.chart;

import java.util.HashMap;
import java.util.Map;

/**
 * The 38 provinces as a tile map, roughly as they lie: Aceh top left, Sumatra down the left, Java, Bali and
 * Nusa Tenggara along the bottom, Kalimantan in the middle, Sulawesi to its right, then Maluku and the six
 * Papua provinces on the right. Each tile sits at a fixed {@link Position} (13 columns, 6 rows); narrower than about
 * 960 px the map scrolls sideways. Codes are those of idn-area-data ({@code 11} to {@code 96}).
 */
public final class ProvinceTileMap {

    public static final int ROWS = 6;
    public static final int COLUMNS = 13;

    /** Row and column (1-based) of a province's tile. */
    public record Position(int row, int column) {
    }

    /**
     * The project's own layout, drawn as it shows: a row of text a row of tiles, a province's code where its tile
     * goes, {@code ..} where none does. Aceh top left; Sumatra and its islands (11-21) down the left; Java, Bali and
     * Nusa Tenggara (31-53) along the bottom; Kalimantan (61-65), Sulawesi (71-76), Maluku (81-82), Papua (91-96).
     */
    private static final String[] LAYOUT = {
            "11 .. .. .. .. .. .. .. .. .. .. .. ..",
            "12 14 21 .. .. 65 .. 75 71 82 96 92 91",
            "13 15 .. 61 62 64 76 72 .. 81 .. 94 95",
            "17 16 19 .. .. 63 73 74 .. .. .. .. 93",
            ".. 18 .. 31 .. .. .. .. .. .. .. .. ..",
            ".. .. 36 32 33 34 35 51 52 53 .. .. .." };

    /** Where each province's tile goes, read from {@link #LAYOUT}. */
    public static final Map<String, Position> POSITIONS = positions();

    private ProvinceTileMap() {
    }

    private static Map<String, Position> positions() {
        var positions = new HashMap<String, Position>();
        for (int row = 0; row < LAYOUT.length; row++) {
            var codes = LAYOUT[row].split(" ");
            for (int column = 0; column < codes.length; column++) {
                if (!codes[column].equals("..")) {
                    positions.put(codes[column], new Position(row + 1, column + 1));
                }
            }
        }
        return Map.copyOf(positions);
    }
}
