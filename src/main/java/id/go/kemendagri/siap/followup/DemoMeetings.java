package id.go.kemendagri.siap.followup;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.Stamps;
import id.go.kemendagri.siap.followup.domain.FollowUpItem;
import id.go.kemendagri.siap.followup.domain.FollowUpItemRepository;
import id.go.kemendagri.siap.followup.domain.Meeting;
import id.go.kemendagri.siap.followup.domain.MeetingRepository;
import id.go.kemendagri.siap.region.RegionFilter;
import id.go.kemendagri.siap.region.RegionRow;
import id.go.kemendagri.siap.region.RegionService;

/**
 * A handful of coordination meetings modelled on the articles the project started from (Balikpapan with Kampar,
 * Palangka Raya, Samarinda, Tanjung Selor, an online Rakor with the minister), moved onto the 2024
 * demo calendar (the Kesbangpol Renstra meeting keeps its own date, 19 November 2024, and is still ahead), with follow-ups in a plausible spread of progress. Flagged as demo; embedded H2 only; removed
 * by a start with demo mode off.
 */
@Component
@Order(60)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoMeetings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    private final DemoMode demoMode;
    private final MeetingRepository meetings;
    private final FollowUpItemRepository items;
    private final RegionService regions;
    private final JdbcTemplate jdbc;

    record Task(String description, ResponsibleUnit unit, String unitOther, LocalDate deadline, boolean kabKotaOnly) {
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.generateOrRemove(this::removeDemo, () -> meetings.count() > 0)) {
            return;
        }
        var random = new Random(2024);
        var created = new ArrayList<FollowUpItem>();
        var kaltim = province("64");
        var kalteng = province("62");
        var kaltara = province("65");

        created.addAll(meeting(random, MeetingType.RAKOR_SINKRONISASI,
                "Rakor Sinergi Pelaksanaan Program Kegiatan Bidang Politik dan Pemerintahan Umum",
                LocalDate.of(2024, 2, 20), "Ditjen Politik dan Pemerintahan Umum Kemendagri",
                "Ballroom Hotel Novotel, Balikpapan", false, """
                        Dibahas perencanaan program kegiatan dan anggaran bidang Kesatuan Bangsa dan Politik daerah, \
                        dukungan penganggaran urusan pemerintahan umum, dukungan pendanaan Pemilu dan Pilkada serentak \
                        dalam pedoman penyusunan APBD, serta penyusunan dokumen perencanaan bidang Kesbangpol.""",
                // Seed 000: the Sekda of Kabupaten Kampar (Riau) took part besides the Kalimantan regions.
                union(kaltim, kalteng, kaltara, List.of(row("14.01"))),
                List.of(new Task("Memasukkan dukungan pendanaan Pilkada serentak 2024 ke dalam APBD sesuai pedoman penyusunan APBD",
                        ResponsibleUnit.BPKAD, null, LocalDate.of(2024, 4, 30), false),
                        new Task("Menyelaraskan Renja Badan Kesbangpol 2024 dengan program bidang politik dan pemerintahan umum",
                                ResponsibleUnit.KESBANGPOL, null, LocalDate.of(2024, 5, 31), false)),
                0.9));

        created.addAll(meeting(random, MeetingType.RAKOR_EVALUASI_PJ,
                "Rakor Mendagri dengan Penjabat Kepala Daerah: isu strategis Pilkada dan tata kelola pemerintahan daerah",
                LocalDate.of(2024, 8, 15), "Kementerian Dalam Negeri", "Zoom, dari Aula Eka Hapakat Kantor Gubernur Kalimantan Tengah",
                true, """
                        Mendagri menekankan sinkronisasi program pusat dan daerah melalui Pemilu dan Pilkada serentak. \
                        Pj bupati/wali kota se-Kalimantan Tengah diminta menjaga netralitas ASN, menyampaikan laporan \
                        triwulan tepat waktu dan mendukung kelancaran tahapan Pilkada.""",
                kalteng,
                List.of(new Task("Menyampaikan laporan triwulan Pj kepada Mendagri melalui gubernur tepat waktu",
                        ResponsibleUnit.INSPEKTORAT, null, LocalDate.of(2024, 9, 30), true),
                        new Task("Menerbitkan surat edaran netralitas ASN dan membentuk satgas pengawasan netralitas",
                                ResponsibleUnit.KESBANGPOL, null, LocalDate.of(2024, 9, 15), false)),
                0.6));

        created.addAll(meeting(random, MeetingType.RAKOR_FORKOPIMDA,
                "Rakor Kepala Daerah dan Forkopimda se-Kalimantan Timur",
                LocalDate.of(2024, 9, 10), "Pemerintah Provinsi Kalimantan Timur", "Kantor Gubernur Kalimantan Timur, Samarinda",
                false, """
                        Gubernur mengajak bupati/wali kota dan Forkopimda menyatukan komitmen pembinaan dan pengawasan \
                        serta menyiapkan pengamanan tahapan Pilkada serentak 2024.""",
                kaltim,
                List.of(new Task("Memetakan kerawanan Pilkada dan menyusun rencana pengamanan bersama Forkopimda",
                        ResponsibleUnit.SATPOL_PP, null, LocalDate.of(2024, 10, 15), false),
                        new Task("Memastikan data penduduk potensial pemilih mutakhir untuk pemutakhiran daftar pemilih",
                                ResponsibleUnit.DISDUKCAPIL, null, LocalDate.of(2024, 10, 25), true)),
                0.45));

        created.addAll(meeting(random, MeetingType.RAKORTEKRENBANG,
                "Rakortekrenbang Provinsi Kalimantan Utara Tahun 2024",
                LocalDate.of(2024, 3, 22), "Bappeda-Litbang Provinsi Kalimantan Utara",
                "Ruang rapat Bappeda-Litbang, Tanjung Selor (langsung dan virtual)", false, """
                        Sinkronisasi kebijakan pembangunan daerah dan penyelarasan target pembangunan nasional. \
                        Setiap kabupaten/kota membahas 18 usulan yang sejalan dengan fokus pembangunan provinsi.""",
                kaltara,
                List.of(new Task("Menyampaikan 18 usulan program prioritas kabupaten/kota yang telah dicermati perangkat daerah",
                        ResponsibleUnit.BAPPEDA, null, LocalDate.of(2024, 3, 28), true)),
                0.95));

        created.addAll(meeting(random, MeetingType.RAKOR_KESIAPAN_PILKADA,
                "Rakor kesiapan Pilkada dan deteksi dini se-Kalimantan Tengah",
                LocalDate.of(2024, 10, 8), "Badan Kesbangpol Provinsi Kalimantan Tengah", "Aula Badan Kesbangpol, Palangka Raya",
                false, """
                        Kesiapan pengamanan tahapan kampanye dan pemungutan suara, serta deteksi dini informasi yang \
                        berkembang menjelang pemungutan suara.""",
                kalteng,
                List.of(new Task("Mengaktifkan posko deteksi dini dan melaporkan situasi mingguan selama masa kampanye",
                        ResponsibleUnit.LAINNYA, "Komunitas Intelijen Daerah (Kominda)", LocalDate.of(2024, 10, 18), false)),
                0.3));

        // Seed 002: a Renstra/IKU planning meeting of the Kesbangpol offices on its own date, 19 November 2024. That is
        // after the demo calendar's today (21 October 2024), so it is a planned meeting with no follow-up yet.
        created.addAll(meeting(random, MeetingType.RAKOR_PERENCANAAN,
                "Rakor penyamaan pemahaman tugas dan fungsi Badan Kesbangpol se-Kalimantan Tengah",
                LocalDate.of(2024, 11, 19), "Pemerintah Provinsi Kalimantan Tengah", "Ballroom Hotel Luwansa, Palangka Raya",
                false, """
                        Penyamaan pemahaman tugas dan fungsi bidang kesatuan bangsa dan politik dalam perumusan Indikator \
                        Kinerja Utama (IKU) sebagai persiapan penyusunan Rencana Strategis (Renstra) lima tahun Badan \
                        Kesbangpol provinsi dan kabupaten/kota se-Kalimantan Tengah.""",
                kalteng, List.of(), 0));

        created.addAll(meeting(random, MeetingType.ASISTENSI_PENDANAAN,
                "Asistensi pendanaan Pilkada: percepatan pencairan hibah NPHD",
                LocalDate.of(2024, 6, 10), "Direktorat Jenderal Bina Keuangan Daerah Kemendagri", "Zoom Meeting",
                true, """
                        Daerah yang belum mencairkan tahap II hibah Pilkada kepada KPU, Bawaslu dan pengamanan \
                        diminta menyelesaikan pencairan paling lambat lima bulan sebelum pemungutan suara.""",
                List.of(row("62"), row("64"), row("65")),
                List.of(new Task("Menyelesaikan pencairan tahap II hibah Pilkada kepada KPU, Bawaslu, TNI dan Polri",
                        // Tranche II is due five months before the vote of 27 November: 27 June 2024 (domain.md).
                        ResponsibleUnit.BPKAD, null, LocalDate.of(2024, 6, 27), false)),
                0.66));

        log.info("Created 7 demo coordination meetings with {} follow-ups", created.size());
    }

    /**
     * Demo mode is off: the generated follow-ups go, and the generated meetings with them unless a user has given
     * such a meeting a follow-up of their own.
     */
    private void removeDemo() {
        var items = jdbc.update("delete from followup_item where demo = true");
        var unused = " from meeting where demo = true and not exists (select 1 from followup_item f where f.meeting_id = meeting.id)";
        jdbc.update("delete from meeting_region where meeting_id in (select id" + unused + ")");
        var removed = jdbc.update("delete" + unused);
        if (items + removed > 0) {
            log.warn("Demo mode is off: removed {} demo coordination meetings and {} demo follow-ups", removed, items);
        }
    }

    private List<FollowUpItem> meeting(Random random, MeetingType type, String title, LocalDate date, String organiser,
            String place, boolean online, String minutes, List<RegionRow> participants, List<Task> tasks,
            double doneShare) {
        var at = date.atTime(10, 0).toInstant(ZoneOffset.ofHours(7));
        var meeting = new Meeting(true);
        Set<String> codes = new LinkedHashSet<>(participants.stream().map(RegionRow::code).toList());
        meeting.describe(type, title, date, organiser, place, online, minutes, codes);
        // Backdated and by the demo's own actors: each row is flushed in its own stamp scope.
        var described = meeting;
        meeting = Stamps.as(Stamps.DEMO, at, () -> meetings.saveAndFlush(described));
        var result = new ArrayList<FollowUpItem>();
        for (var task : tasks) {
            for (var region : participants) {
                if (task.kabKotaOnly() && region.code().length() == 2) {
                    continue;
                }
                var item = new FollowUpItem(meeting.getId(), region.code(), region.provinceCode(), task.description(),
                        task.unit(), task.unitOther(), task.deadline(), true);
                var actor = Stamps.DEMO;
                var changedAt = at;
                var roll = random.nextDouble();
                var doneAt = task.deadline().minusDays(random.nextInt(10) - 3).atTime(15, 0).toInstant(ZoneOffset.ofHours(7));
                if (roll < doneShare) {
                    item.progress(FollowUpStatus.PROSES, "Laporan dan bukti telah disampaikan.", null);
                    item.close(doneAt, "evaluator");
                    actor = "evaluator";
                    changedAt = doneAt;
                } else if (roll < doneShare + (1 - doneShare) / 2) {
                    item.progress(FollowUpStatus.PROSES, "Sedang dikoordinasikan dengan perangkat daerah terkait.", null);
                    actor = "demo-" + region.provinceCode();
                    changedAt = at.plusSeconds(86_400L * (1 + random.nextInt(20)));
                }
                result.add(Stamps.as(actor, changedAt, () -> items.saveAndFlush(item)));
            }
        }
        return result;
    }

    private List<RegionRow> province(String code) {
        return regions.reference(RegionFilter.ALL.withProvince(code));
    }

    /** A province's own row, or a kabupaten/kota's row (found among its province's). */
    private RegionRow row(String code) {
        return province(code.substring(0, 2)).stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }

    @SafeVarargs
    private static List<RegionRow> union(List<RegionRow>... lists) {
        var result = new ArrayList<RegionRow>();
        for (var list : lists) {
            result.addAll(list);
        }
        return result;
    }
}
