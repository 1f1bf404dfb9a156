package id.go.kemendagri.siap.base.ui.chart;

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

    /** Where each province's tile goes: the project's own layout, west to east and north to south. */
    public static final Map<String, Position> POSITIONS = Map.ofEntries(
            // Sumatra and its islands
            at("11", 1, 1), // Aceh
            at("12", 2, 1), // Sumatera Utara
            at("14", 2, 2), // Riau
            at("21", 2, 3), // Kepulauan Riau
            at("13", 3, 1), // Sumatera Barat
            at("15", 3, 2), // Jambi
            at("17", 4, 1), // Bengkulu
            at("16", 4, 2), // Sumatera Selatan
            at("19", 4, 3), // Kepulauan Bangka Belitung
            at("18", 5, 2), // Lampung
            // Java, Bali, Nusa Tenggara
            at("31", 5, 4), // DKI Jakarta
            at("36", 6, 3), // Banten
            at("32", 6, 4), // Jawa Barat
            at("33", 6, 5), // Jawa Tengah
            at("34", 6, 6), // DI Yogyakarta
            at("35", 6, 7), // Jawa Timur
            at("51", 6, 8), // Bali
            at("52", 6, 9), // Nusa Tenggara Barat
            at("53", 6, 10), // Nusa Tenggara Timur
            // Kalimantan
            at("65", 2, 6), // Kalimantan Utara
            at("61", 3, 4), // Kalimantan Barat
            at("62", 3, 5), // Kalimantan Tengah
            at("64", 3, 6), // Kalimantan Timur
            at("63", 4, 6), // Kalimantan Selatan
            // Sulawesi
            at("75", 2, 8), // Gorontalo
            at("71", 2, 9), // Sulawesi Utara
            at("76", 3, 7), // Sulawesi Barat
            at("72", 3, 8), // Sulawesi Tengah
            at("73", 4, 7), // Sulawesi Selatan
            at("74", 4, 8), // Sulawesi Tenggara
            // Maluku
            at("82", 2, 10), // Maluku Utara
            at("81", 3, 10), // Maluku
            // Papua
            at("96", 2, 11), // Papua Barat Daya
            at("92", 2, 12), // Papua Barat
            at("91", 2, 13), // Papua
            at("94", 3, 12), // Papua Tengah
            at("95", 3, 13), // Papua Pegunungan
            at("93", 4, 13)); // Papua Selatan

    private ProvinceTileMap() {
    }

    private static Map.Entry<String, Position> at(String code, int row, int column) {
        return Map.entry(code, new Position(row, column));
    }
}
