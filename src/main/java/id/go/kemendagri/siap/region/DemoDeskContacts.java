package id.go.kemendagri.siap.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.DemoRows;
import id.go.kemendagri.siap.region.domain.DeskContact;
import id.go.kemendagri.siap.region.domain.DeskContactRepository;
import id.go.kemendagri.siap.region.domain.Region;
import id.go.kemendagri.siap.region.domain.RegionRepository;

/**
 * Plausible Desk Pilkada contacts for about seven regions in ten, generated the same way at every first
 * start of the embedded demo and flagged as demo data. Never runs on MySQL or with demo mode off; a start with
 * demo mode off removes them.
 */
@Component
@Order(30)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoDeskContacts implements ApplicationRunner {

    private static final List<String> FIRST = List.of("Ahmad", "Budi", "Siti", "Dewi", "Rudi", "Agus", "Rina",
            "Hendra", "Yuni", "Fajar", "Nurul", "Rahmat", "Sri", "Eko", "Wahyu", "Indah", "Dedi", "Lina", "Arif",
            "Maya", "Yohanes", "Maria", "I Made", "Ni Luh", "Teuku", "Cut");
    private static final List<String> LAST = List.of("Santoso", "Pratama", "Wijaya", "Hidayat", "Saputra",
            "Lestari", "Nugroho", "Siregar", "Harahap", "Simanjuntak", "Rahman", "Kurniawan", "Setiawan", "Hasibuan",
            "Tambunan", "Nasution", "Gunawan", "Syahputra", "Wulandari", "Manurung", "Rumbiak", "Suparta");
    private static final List<String> POSITIONS = List.of("Kepala Badan Kesbangpol", "Sekretaris Badan Kesbangpol",
            "Kepala Bidang Politik Dalam Negeri", "Sekretaris Daerah selaku Ketua Desk Pilkada");

    private final DemoRows demoRows;
    private final RegionRepository regions;
    private final DeskContactRepository contacts;
    private final AuditService audit;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        demoRows.generate("demo Desk Pilkada contacts", "desk_contact", contacts, this::contacts);
    }

    private List<DeskContact> contacts() {
        var random = new Random(2024);
        var created = new ArrayList<DeskContact>();
        for (var region : regions.findAll(Sort.by("code"))) {
            if (random.nextInt(10) < 7) {
                created.add(create(region, random));
            }
        }
        return created;
    }

    private DeskContact create(Region region, Random random) {
        var contact = new DeskContact(region.getCode());
        var name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
        var position = POSITIONS.get(random.nextInt(POSITIONS.size()));
        var unit = "Badan Kesbangpol " + region.getName();
        var phone = "08%d%d-%04d-%04d".formatted(1 + random.nextInt(3), 1 + random.nextInt(9), random.nextInt(10_000),
                random.nextInt(10_000));
        var email = "deskpilkada@" + domainOf(region);
        contact.update(name, position, unit, phone, email, true);
        audit.record(DeskContactService.AUDIT_ENTITY, region.getCode(), region.getCode(), "CREATE",
                new FieldChange.Collector().compare("name", null, name).compare("position", null, position)
                        .compare("unit", null, unit).compare("phone", null, phone).compare("email", null, email)
                        .changes());
        return contact;
    }

    /** The usual shape of Indonesian regional government domains: seruyankab.go.id, palangkarayakota.go.id. */
    static String domainOf(Region region) {
        var bare = region.getName().replaceFirst("^(Kabupaten|Kota) ", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
        var suffix = switch (region.getLevel()) {
            case PROVINSI -> "prov";
            case KABUPATEN -> "kab";
            case KOTA -> "kota";
        };
        return bare + suffix + ".go.id";
    }
}
