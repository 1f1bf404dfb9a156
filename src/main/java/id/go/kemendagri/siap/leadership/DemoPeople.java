package id.go.kemendagri.siap.leadership;

import java.util.List;
import java.util.Random;

import id.go.kemendagri.siap.leadership.domain.RegionRef;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/** Plausible names, NIPs and origin positions for the demo heads of region, from one seeded random. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class DemoPeople {

    static final List<String> NOTES = List.of("Realisasi APBD di bawah rata-rata provinsi.",
            "Penurunan stunting belum mencapai target triwulan.", "Pengaduan masyarakat belum ditindaklanjuti tepat waktu.",
            "Inflasi daerah di atas rata-rata nasional.", "Pencairan hibah Pilkada tahap II terlambat.",
            "Perlu pendampingan dalam penanggulangan kemiskinan ekstrem.");
    private static final List<String> GIVEN = List.of("Ahmad", "Bahtiar", "Dedy", "Erwin", "Fadli", "Gatot", "Hamka",
            "Irwan", "Joko", "Komarudin", "Lukman", "Muhammad", "Nanang", "Oktavianus", "Paulus", "Ridwan", "Safrizal",
            "Tomsi", "Umar", "Yusran", "Zudan", "Heru", "Agustina", "Sri Wahyuni", "Nurdin", "Sugeng", "Arief", "Benny",
            "I Gusti Ngurah", "Abdul Halim");
    private static final List<String> FAMILY = List.of("Tumenggung", "Sinaga", "Nainggolan", "Lubis", "Daulay", "Rangkuti",
            "Purba", "Sembiring", "Pane", "Sitompul", "Hutapea", "Ginting", "Sulaiman", "Arifin", "Makmur", "Tarigan",
            "Mahmud", "Rasyid", "Fauzi", "Kadir", "Prasetyo", "Wibowo", "Sutrisno", "Hadi", "Mokodompit", "Pattiasina",
            "Wenda", "Kogoya", "Rumbewas", "Lamatenggo");
    private static final List<String> DEGREES = List.of("S.H., M.Si.", "M.Si.", "S.STP., M.Si.", "M.Sc.", "S.E., M.M.",
            "M.AP.", "S.IP., M.Si.", "M.T.");
    /** Senior (JPT madya) positions of a Pj gubernur, each with the institution it belongs to. */
    private static final List<String[]> CENTRAL_ORIGINS = List.of(
            new String[] { "Staf Ahli Menteri Bidang Pemerintahan", "Kementerian Dalam Negeri" },
            new String[] { "Direktur Jenderal Bina Administrasi Kewilayahan", "Kementerian Dalam Negeri" },
            new String[] { "Sekretaris Jenderal", "Kementerian Dalam Negeri" },
            new String[] { "Inspektur Jenderal", "Kementerian Dalam Negeri" },
            new String[] { "Kepala Badan Strategi Kebijakan Dalam Negeri", "Kementerian Dalam Negeri" },
            new String[] { "Direktur Jenderal Politik dan Pemerintahan Umum", "Kementerian Dalam Negeri" },
            new String[] { "Deputi Bidang Dukungan Kebijakan Pemerintahan", "Kementerian Sekretariat Negara" },
            new String[] { "Deputi Bidang Kelembagaan dan Tata Laksana",
                    "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi" },
            new String[] { "Sekretaris Utama", "Badan Nasional Penanggulangan Bencana" });
    /** JPT pratama positions of a Pj bupati/wali kota in the provincial government. */
    private static final List<String> PROVINCIAL_POSITIONS = List.of("Asisten Pemerintahan dan Kesejahteraan Rakyat",
            "Kepala Badan Kepegawaian Daerah", "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
            "Kepala Badan Perencanaan Pembangunan Daerah", "Inspektur Daerah", "Kepala Badan Kesbangpol");
    /** JPT pratama positions of a Pj bupati/wali kota in the ministry. */
    private static final List<String> MINISTRY_POSITIONS = List.of("Direktur pada Ditjen Bina Pemerintahan Desa",
            "Direktur pada Ditjen Bina Administrasi Kewilayahan", "Direktur pada Ditjen Otonomi Daerah",
            "Direktur pada Ditjen Politik dan Pemerintahan Umum");

    private final Random random;

    String civilServant() {
        return "Dr. " + pick(GIVEN) + " " + pick(FAMILY) + ", " + pick(DEGREES);
    }

    String elected() {
        return (random.nextInt(3) == 0 ? "H. " : "") + pick(GIVEN) + " " + pick(FAMILY);
    }

    /** Birth date 1965-1976, civil-service start at 24-28, sex digit, serial: a valid 18-digit NIP. */
    String nip() {
        var birthYear = 1965 + random.nextInt(12);
        var start = birthYear + 24 + random.nextInt(5);
        return "%04d%02d%02d%04d%02d%d%03d".formatted(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28), start,
                1 + random.nextInt(12), 1 + random.nextInt(2), 1 + random.nextInt(9));
    }

    /** Position and institution: echelon I from the centre for a province, echelon II otherwise. */
    /**
     * Position and institution a Pj comes from, always a coherent pair: a Pj gubernur from a JPT madya position of a
     * ministry or agency, a Pj bupati/wali kota from a JPT pratama position of the provincial government or the
     * ministry.
     */
    String[] origin(boolean province, String provinceName) {
        if (province) {
            return CENTRAL_ORIGINS.get(random.nextInt(CENTRAL_ORIGINS.size())).clone();
        }
        if (random.nextInt(4) == 0) {
            return new String[] { pick(MINISTRY_POSITIONS), "Kementerian Dalam Negeri" };
        }
        return new String[] { pick(PROVINCIAL_POSITIONS), "Pemerintah Provinsi " + provinceName };
    }

    String deputyTitle(RegionRef region) {
        return switch (region.getLevel()) {
            case PROVINSI -> "Wakil Gubernur";
            case KABUPATEN -> "Wakil Bupati";
            case KOTA -> "Wakil Wali Kota";
        };
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
