package id.go.kemendagri.siap.checklist;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.Stamps;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemRepository;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemWriter;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemWriter.DemoAnswer;
import id.go.kemendagri.siap.checklist.domain.ChecklistItemWriter.DemoCandidate;
import id.go.kemendagri.siap.region.PilkadaRegions;

/**
 * A plausible spread of checklist progress for the embedded demo: each province gets a diligence, each
 * region some noise around it; items are closed on time or late, and closed items are verified, waiting
 * or returned. Deterministic (fixed seed), written in JDBC batches once, flagged as demo. Never runs on
 * MySQL/MariaDB or with demo mode off, and never touches an item a user has changed. A start with demo mode off
 * takes the demo answers away again. Derived items (NPHD, tranches, NET-01/02/04) take their status from the demo
 * grants and heads instead of chance (so it runs after them), only their verification is drawn; where the source
 * is silent, NET-01 and NET-04 are only ever closed as not applicable (a Pj who ran is in the heads' data).
 */
@Component
@Order(45)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoChecklists implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoChecklists.class);
    private static final String EVALUATOR = "evaluator";
    private static final List<String> RETURN_REASONS = List.of(
            "Dokumen belum ditandatangani pejabat berwenang.",
            "Bukti yang diunggah bukan untuk tahun anggaran ini.",
            "Nilai pada NPHD tidak sama dengan yang dilaporkan.",
            "Tautan bukti tidak dapat dibuka.");

    private final DemoMode demoMode;
    private final ChecklistItemRepository items;
    private final ChecklistItemWriter writer;
    private final PilkadaRegions regions;
    private final Clock clock;
    private final DerivedItems derived;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.generateOrRemove("demo answers of checklist items", writer::resetDemo,
                () -> items.existsByCycleIdAndDemoTrue(regions.currentCycle().id()))) {
            return;
        }
        var cycleId = regions.currentCycle().id();
        var today = Formats.today(clock);
        var grants = derived.allGrants();
        var heads = derived.allHeads();
        var cycleStart = derived.cycleStart();
        var answers = generate(writer.demoCandidates(cycleId), new Random(2024), today,
                c -> derived.derive(c.derivedFrom(), c.regionCode(), grants, heads, cycleStart));
        writer.writeDemo(answers, Stamps.DEMO);
        log.info("Created demo answers for {} checklist items", answers.size());
    }

    /**
     * Items already due are mostly closed (some late); items due later are closed less often, and nothing
     * happens after {@code today} (the demo clock's day).
     */
    static List<DemoAnswer> generate(List<DemoCandidate> candidates, Random random, LocalDate today) {
        return generate(candidates, random, today, c -> null);
    }

    /** @param sources what a derived candidate's source says (null: silent); called only for derived candidates */
    static List<DemoAnswer> generate(List<DemoCandidate> candidates, Random random, LocalDate today,
            java.util.function.Function<DemoCandidate, DerivedRules.Derived> sources) {
        var provinceDiligence = new HashMap<String, Double>();
        var regionDiligence = new HashMap<String, Double>();
        var answers = new ArrayList<DemoAnswer>();
        for (var item : candidates) {
            var province = provinceDiligence.computeIfAbsent(item.provinceCode(), p -> 0.45 + 0.5 * random.nextDouble());
            var diligence = regionDiligence.computeIfAbsent(item.regionCode(),
                    r -> Math.clamp(province + 0.25 * random.nextGaussian(), 0.1, 0.98));
            var due = !item.dueDate().isAfter(today);
            var chance = due ? diligence : diligence * (item.dueDate().isBefore(today.plusDays(45)) ? 0.7 : 0.3);
            var roll = random.nextDouble();
            var source = item.derivedFrom() == null ? null : sources.apply(item);
            if (source != null) {
                var answer = fromSource(item, source, random, today, diligence);
                if (answer != null) {
                    answers.add(answer);
                }
            } else if (roll < chance) {
                answers.add(closed(item, random, today, diligence));
            } else if (roll < chance + (1 - chance) * (due ? 0.45 : 0.35)) {
                answers.add(inProgress(item, random, today));
            }
        }
        return answers;
    }

    private static DemoAnswer closed(DemoCandidate item, Random random, LocalDate today, double diligence) {
        // NET-01/NET-04 without a word from the heads' data: nobody ran (a Pj who ran is there), so never "done".
        var silentSource = item.derivedFrom() == DerivedSource.PJ_RESIGNED || item.derivedFrom() == DerivedSource.PJS_APPOINTED;
        var notApplicable = silentSource || (item.itemCode().equals("NET-01") || item.itemCode().equals("NET-04"))
                && random.nextInt(10) < 7;
        var late = random.nextInt(10) < 3;
        var completed = min(item.dueDate().plusDays(late ? 1 + random.nextInt(40) : -random.nextInt(30)), today);
        var submitted = at(completed, 10 + random.nextInt(6));
        var link = !notApplicable && (item.evidenceRequired() || random.nextBoolean()) ? evidenceLink(item) : null;
        var note = notApplicable ? "Petahana/Pj tidak mencalonkan diri." : null;
        var decision = random.nextInt(100);
        var decided = completed.plusDays(1 + random.nextInt(10));
        var undecided = decided.isAfter(today);
        // Evaluators keep up better with diligent regions: from about a third verified to nearly all.
        if (!undecided && decision < 30 + (int) (68 * diligence)) {
            var verified = at(decided, 9 + random.nextInt(8));
            return new DemoAnswer(item.id(), status(notApplicable), note, link, Verification.VERIFIED.name(), null,
                    submitted, verified, EVALUATOR, notApplicable ? null : completed, submitted);
        }
        if (undecided || decision < 94) {
            return new DemoAnswer(item.id(), status(notApplicable), note, link, Verification.WAITING.name(), null,
                    submitted, null, null, notApplicable ? null : completed, submitted);
        }
        var returned = at(decided, 14);
        return new DemoAnswer(item.id(), status(notApplicable), note, link, Verification.RETURNED.name(),
                RETURN_REASONS.get(random.nextInt(RETURN_REASONS.size())), submitted, returned, EVALUATOR,
                notApplicable ? null : completed, submitted);
    }

    /**
     * A derived item's demo answer: the source's status (closed on the source's day), with a drawn verification
     * like other closed items; an open source status is PROSES or nothing. The source record is the evidence.
     */
    private static DemoAnswer fromSource(DemoCandidate item, DerivedRules.Derived source, Random random,
            LocalDate today, double diligence) {
        if (source.status() == ItemStatus.BELUM) {
            return null;
        }
        if (source.status() == ItemStatus.PROSES) {
            return new DemoAnswer(item.id(), ItemStatus.PROSES.name(), null, null, Verification.NONE.name(), null, null,
                    null, null, null, at(today.minusDays(1 + random.nextInt(20)), 8 + random.nextInt(9)));
        }
        var done = source.status() == ItemStatus.SELESAI;
        var completed = done && source.on() != null ? min(source.on(), today) : today.minusDays(1 + random.nextInt(30));
        var submitted = at(completed, 10 + random.nextInt(6));
        var note = done ? null : source.textId();
        var decided = completed.plusDays(1 + random.nextInt(10));
        if (!decided.isAfter(today) && random.nextInt(100) < 30 + (int) (68 * diligence)) {
            return new DemoAnswer(item.id(), source.status().name(), note, null, Verification.VERIFIED.name(), null,
                    submitted, at(decided, 9 + random.nextInt(8)), EVALUATOR, done ? completed : null, submitted);
        }
        return new DemoAnswer(item.id(), source.status().name(), note, null, Verification.WAITING.name(), null,
                submitted, null, null, done ? completed : null, submitted);
    }

    private static DemoAnswer inProgress(DemoCandidate item, Random random, LocalDate today) {
        var updated = at(min(item.dueDate().minusDays(random.nextInt(60)), today), 8 + random.nextInt(9));
        return new DemoAnswer(item.id(), ItemStatus.PROSES.name(), "Sedang dikoordinasikan dengan OPD terkait.", null,
                Verification.NONE.name(), null, null, null, null, null, updated);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String status(boolean notApplicable) {
        return (notApplicable ? ItemStatus.TIDAK_BERLAKU : ItemStatus.SELESAI).name();
    }

    /** A link under a reserved example domain: demo evidence never points at a real site. */
    private static String evidenceLink(DemoCandidate item) {
        return "https://bukti.example/" + item.regionCode() + "/" + item.itemCode().toLowerCase() + ".pdf";
    }

    private static java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Formats.WIB).toInstant();
    }
}
