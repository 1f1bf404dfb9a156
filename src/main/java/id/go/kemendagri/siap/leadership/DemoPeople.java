package id.go.kemendagri.siap.leadership;

import java.util.List;
import java.util.Random;

import id.go.kemendagri.siap.leadership.domain.RegionRef;

/** Plausible names, NIPs and origin positions for the demo heads of region, from one seeded random. */
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
    private static final List<String> CENTRAL_POSITIONS = List.of("Staf Ahli Menteri Bidang Pemerintahan",
            "Direktur Jenderal Bina Administrasi Kewilayahan", "Sekretaris Jenderal", "Inspektur Jenderal",
            "Kepala Badan Strategi Kebijakan Dalam Negeri", "Direktur Jenderal Politik dan Pemerintahan Umum");
    private static final List<String> CENTRAL_INSTITUTIONS = List.of("Kementerian Dalam Negeri",
            "Kementerian Sekretariat Negara", "Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
            "Badan Nasional Penanggulangan Bencana");
    private static final List<String> REGIONAL_POSITIONS = List.of("Asisten Pemerintahan dan Kesejahteraan Rakyat",
            "Kepala Badan Kepegawaian Daerah", "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
            "Kepala Badan Perencanaan Pembangunan Daerah", "Inspektur Daerah", "Kepala Badan Kesbangpol",
            "Direktur pada Ditjen Bina Pemerintahan Desa");

    private final Random random;

    DemoPeople(Random random) {
        this.random = random;
    }

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
    String[] origin(boolean province, String provinceName) {
        if (province) {
            return new String[] { pick(CENTRAL_POSITIONS), pick(CENTRAL_INSTITUTIONS) };
        }
        var central = random.nextInt(4) == 0;
        return new String[] { pick(REGIONAL_POSITIONS),
                central ? "Kementerian Dalam Negeri" : "Pemerintah Provinsi " + provinceName };
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
