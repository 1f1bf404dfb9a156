package id.go.kemendagri.siap.leadership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
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
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.Stamps;
import id.go.kemendagri.siap.leadership.domain.EvaluationIndicatorRepository;
import id.go.kemendagri.siap.leadership.domain.HeadTenure;
import id.go.kemendagri.siap.leadership.domain.HeadTenureRepository;
import id.go.kemendagri.siap.leadership.domain.PjEvaluation;
import id.go.kemendagri.siap.leadership.domain.PjEvaluationRepository;
import id.go.kemendagri.siap.leadership.domain.PjReportRepository;
import id.go.kemendagri.siap.leadership.domain.RegionRef;
import id.go.kemendagri.siap.leadership.domain.RegionRefRepository;
import id.go.kemendagri.siap.region.ElectionCohort;
import id.go.kemendagri.siap.region.ElectionStage;
import id.go.kemendagri.siap.region.ElectionStages;
import id.go.kemendagri.siap.region.RegionCohorts;
import id.go.kemendagri.siap.region.RegionLevel;

/**
 * The heads of region as they stood in late 2024, generated the same way at every first start of the
 * embedded demo and flagged as demo data: 275 regions led by a Pj, chosen by their election cohort
 * ({@link RegionCohorts}, from the KPU lists: the 2022 cohort of 7 provinces, the four provinces formed in 2022
 * and 94 kabupaten/kota, the 2023 cohort of 17 and 153; extended as their terms ran out, a few replaced), each
 * with the elected head before them in the history (none for a new province); a few Plt and Plh; elected heads elsewhere, about a third
 * of them running again and on campaign leave with a Pjs (25 Sep - 23 Nov 2024). Pj
 * reports are mostly sent, some late or missing; most sent reports are evaluated, with a realistic mix of
 * results. Never runs on MySQL or with demo mode off; a start with demo mode off removes them
 * ({@link DemoHeadsRemoval}).
 */
@Component
@Order(40)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoLeadership implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLeadership.class);

    private final DemoMode demoMode;
    private final RegionRefRepository regions;
    private final HeadTenureRepository tenures;
    private final PjReportRepository reports;
    private final PjEvaluationRepository evaluations;
    private final EvaluationIndicatorRepository indicators;
    private final HeadTenureService tenureService;
    private final LeadershipRules rules;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final DemoHeadsRemoval removal;
    private final ElectionStages stages;
    private final RegionCohorts cohorts;
    private Set<String> newProvinces = Set.of();

    /**
     * One transaction per region keeps each persistence context small (one transaction for all would
     * dirty-check tens of thousands of entities at every flush).
     */
    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.generateOrRemove(removal::run, () -> tenures.count() > 0)) {
            return;
        }
        var random = new Random(271);
        var today = LeadershipRules.today(clock);
        var names = new DemoPeople(random);
        var all = regions.findAll(Sort.by("code"));
        // Who gets a Pj and when follows from each region's election cohort (region.RegionCohorts, every province and
        // kabupaten/kota): heads elected in 2017 left in 2022 (cohort 0), in 2018 in 2023 (cohort 1), in 2020 stay;
        // provinces formed in 2022 had a Pj from the start; DKI Jakarta's administrative cities elect no head.
        var recorded = cohorts.all();
        newProvinces = all.stream().filter(r -> r.getLevel() == RegionLevel.PROVINSI)
                .filter(r -> cohorts.of(r.getCode()).map(c -> c.termEndYear() == null && c.pjSince(2022)).orElse(false))
                .map(RegionRef::getCode).collect(java.util.stream.Collectors.toSet());
        var counts = new int[3];
        for (var region : all) {
            var recordedCohort = recorded.get(region.getCode());
            var province = region.getLevel() == RegionLevel.PROVINSI;
            if (!province && recordedCohort != null && recordedCohort.electedYear() == null) {
                continue; // Jakarta's administrative cities: heads appointed by the governor, not tracked here.
            }
            var cohort = pjCohort(recordedCohort);
            // A province's elected head stays elected (DI Yogyakarta's governor is established by law); elsewhere a
            // few heads left office early (Plt/Plh).
            var kind = cohort != null ? 0 : province ? 2 : random.nextInt(100) < 4 ? 1 : 2;
            // Everything a region gets is stamped "demo" at the (demo) clock's time: flushed inside the scope.
            transactions.executeWithoutResult(status -> Stamps.as(Stamps.DEMO, clock.instant(), () -> {
                switch (kind) {
                    case 0 -> demoPj(region, cohort, today, random, names);
                    case 1 -> demoStandIn(region, today, random, names);
                    default -> runsAgain(elected(region, LocalDate.of(2021, 2, 26).plusDays(random.nextInt(120)), null,
                            random, names));
                }
                tenures.flush();
            }));
            counts[kind]++;
        }
        log.info("Created demo heads of region: {} Pj, {} Plt/Plh, {} elected", counts[0], counts[1], counts[2]);
    }

    /** 0 for a Pj since 2022, 1 for a Pj since 2023, null for a head still elected (or none on record). */
    private static Integer pjCohort(ElectionCohort cohort) {
        if (cohort == null) {
            return null;
        }
        if (cohort.termEndYear() == null) {
            return cohort.pjSince(2022) ? Integer.valueOf(0) : null;
        }
        return cohort.termEndYear() == 2022 ? Integer.valueOf(0) : cohort.termEndYear() == 2023 ? Integer.valueOf(1) : null;
    }

    private HeadTenure elected(RegionRef region, LocalDate swornIn, LocalDate endedOn, Random random, DemoPeople names) {
        var tenure = new HeadTenure(region.getCode(), HeadStatus.DEFINITIF, names.elected(), swornIn);
        var province = region.getLevel() == RegionLevel.PROVINSI;
        tenure.describe(null, null, null, null, province ? LegalBasis.KEPPRES : LegalBasis.KEPMENDAGRI,
                decree(province, swornIn.getYear(), region, random), rules.defaultTermEnd(HeadStatus.DEFINITIF, swornIn));
        if (endedOn != null) {
            tenure.end(endedOn, EndReason.TERM_OVER);
        }
        return save(tenure);
    }

    /**
     * About a third of the elected heads in office run again and take leave for the campaign stage, with a Pjs
     * (UU 10/2016). Decided per region by its own random sequence, so the rest of the demo stays as it was.
     */
    private void runsAgain(HeadTenure head) {
        var own = new Random(head.getRegionCode().hashCode());
        var names = new DemoPeople(own);
        var campaign = stages.current().stream().filter(s -> s.stage() == ElectionStage.CAMPAIGN).findFirst();
        if (campaign.isEmpty() || own.nextInt(100) >= 35 || head.getTermEndsOn().isBefore(campaign.get().startsOn())) {
            return;
        }
        var province = head.getRegionCode().length() == 2;
        // The Minister designates the Pjs in the days before the campaign starts (the 2024 decrees: 17-24 September).
        head.campaignLeave(new CampaignLeave(campaign.get().startsOn(), campaign.get().endsOn(), names.civilServant(),
                names.nip(),
                province ? "Staf Ahli Menteri Dalam Negeri" : "Asisten Pemerintahan Sekretariat Daerah Provinsi",
                "100.2.1.3-" + (5000 + own.nextInt(4000)) + " Tahun 2024",
                campaign.get().startsOn().minusDays(1 + own.nextInt(8))));
        save(head);
    }

    /** A Pj region: the elected head whose term ran out, then one Pj (sometimes two), extended as needed. */
    private void demoPj(RegionRef region, int cohort, LocalDate today, Random random, DemoPeople names) {
        var year = cohort == 0 ? 2022 : 2023;
        var swornIn = cohort == 0 ? LocalDate.of(2022, 5, 12).plusDays(random.nextInt(230))
                : LocalDate.of(2023, 1, 2).plusDays(random.nextInt(355));
        if (!newProvinces.contains(region.getCode())) {
            elected(region, swornIn.minusYears(5), swornIn, random, names);
        }
        var first = newPj(region, swornIn, year, random, names);
        var roll = random.nextInt(100);
        if (roll < 4 && today.isAfter(LocalDate.of(2024, 7, 20))) {
            // Resigned to run in the Pilkada by the 17 July 2024 deadline; a new Pj sworn in days later.
            replace(first, LocalDate.of(2024, 7, 17), EndReason.RUNNING_IN_PILKADA, today, random, names);
        } else if (roll < 7 && swornIn.isBefore(LocalDate.of(2023, 12, 1))) {
            replace(first, LocalDate.of(2024, 3, 4).plusDays(random.nextInt(20)), EndReason.EVALUATION, today, random,
                    names);
        } else {
            extendUntil(first, today, random);
            addReports(first, today, random);
        }
    }

    private void replace(HeadTenure previous, LocalDate endedOn, EndReason reason, LocalDate today, Random random,
            DemoPeople names) {
        extendUntil(previous, endedOn, random);
        addReports(previous, endedOn, random);
        previous.end(endedOn, reason);
        save(previous);
        reports.deleteUnsentDueAfter(previous.getId(), endedOn);
        var region = regions.findById(previous.getRegionCode()).orElseThrow();
        var successor = newPj(region, endedOn.plusDays(3 + random.nextInt(5)), endedOn.getYear(), random, names);
        extendUntil(successor, today, random);
        addReports(successor, today, random);
    }

    private HeadTenure newPj(RegionRef region, LocalDate swornIn, int year, Random random, DemoPeople names) {
        var province = region.getLevel() == RegionLevel.PROVINSI;
        var tenure = new HeadTenure(region.getCode(), HeadStatus.PJ, names.civilServant(), swornIn);
        var provinceName = regions.findById(region.getProvinceCode()).map(RegionRef::getName).orElse("");
        var origin = names.origin(province, provinceName);
        tenure.describe(names.nip(), origin[0], origin[1], province ? Echelon.JPT_MADYA : Echelon.JPT_PRATAMA,
                province ? LegalBasis.KEPPRES : LegalBasis.KEPMENDAGRI, decree(province, year, region, random),
                rules.defaultTermEnd(HeadStatus.PJ, swornIn));
        return save(tenure);
    }

    /**
     * Extends a Pj each time the term ran out before {@code until}; a term that ran out in the last three
     * weeks is sometimes still waiting for its extension decree.
     */
    private void extendUntil(HeadTenure tenure, LocalDate until, Random random) {
        while (tenure.getTermEndsOn().isBefore(until)
                && !(tenure.getTermEndsOn().isAfter(until.minusDays(21)) && random.nextInt(3) == 0)) {
            var start = tenure.getTermEndsOn();
            var province = tenure.getLegalBasis() == LegalBasis.KEPPRES;
            var region = regions.findById(tenure.getRegionCode()).orElseThrow();
            tenure.extend(start, LeadershipRules.termEnd(start, Period.ofYears(1)),
                    decree(province, start.getYear(), region, random));
        }
        save(tenure);
    }

    private void demoStandIn(RegionRef region, LocalDate today, Random random, DemoPeople names) {
        var elected = elected(region, LocalDate.of(2021, 2, 26).plusDays(random.nextInt(120)), null, random, names);
        var plt = random.nextInt(3) > 0;
        var from = today.minusDays(20 + random.nextInt(300));
        elected.end(from, plt ? (random.nextBoolean() ? EndReason.CRIMINAL_SUSPECT : EndReason.DEATH)
                : EndReason.ILLNESS);
        save(elected);
        var standIn = new HeadTenure(region.getCode(), plt ? HeadStatus.PLT : HeadStatus.PLH,
                plt ? names.elected() : names.civilServant(), from);
        standIn.describe(plt ? null : names.nip(), plt ? names.deputyTitle(region) : "Sekretaris Daerah",
                null, null, LegalBasis.LAINNYA, null, null);
        save(standIn);
    }

    private void addReports(HeadTenure tenure, LocalDate today, Random random) {
        tenureService.layOutReports(tenure, true);
        // Most Pj do well, some fairly, a few poorly (domain.md: results spread over BAIK, CUKUP and KURANG).
        var profile = random.nextInt(100);
        var quality = profile < 72 ? 0.80 + random.nextDouble() * 0.15
                : profile < 92 ? 0.66 + random.nextDouble() * 0.12 : 0.50 + random.nextDouble() * 0.12;
        var neutralityBase = random.nextInt(100) < 8 ? 45 : 72;
        var active = indicators.findByActiveTrueOrderByAspectAscSortOrderAscIdAsc();
        var latest = (PjEvaluation) null;
        for (var slot : reports.findByTenureIdOrderByPeriodNumber(tenure.getId())) {
            if (!slot.getDueOn().isBefore(today)) {
                break;
            }
            var recent = slot.getDueOn().isAfter(today.minusDays(45));
            if (random.nextInt(100) >= (recent ? 70 : 97)) {
                continue; // never sent: TERLAMBAT
            }
            var sentOn = slot.getDueOn().plusDays(random.nextInt(30) - 12);
            sentOn = sentOn.isAfter(today) ? today : sentOn.isBefore(slot.getPeriodStart()) ? slot.getPeriodStart() : sentOn;
            slot.sent(sentOn, random.nextInt(3) == 0
                    ? "https://jdih." + tenure.getRegionCode().replace(".", "") + ".demo.go.id/laporan-pj/triwulan-"
                            + slot.getPeriodNumber() + ".pdf"
                    : "100.3/" + (100 + random.nextInt(800)) + "/Pem/" + sentOn.getYear());
            slot.markDemo(true);
            if (sentOn.isBefore(today.minusDays(21)) && random.nextInt(100) < 85) {
                latest = evaluate(tenure, slot.getId(), active, quality, neutralityBase, random);
            }
        }
        if (latest != null) {
            tenure.evaluated(latest.getCategory(), latest.getNeutralityBand());
            save(tenure);
        }
    }

    private PjEvaluation evaluate(HeadTenure tenure, long reportId,
            List<id.go.kemendagri.siap.leadership.domain.EvaluationIndicator> active, double quality,
            int neutralityBase, Random random) {
        var scores = new HashMap<Long, Integer>();
        for (var indicator : active) {
            var score = (int) Math.round(quality * 100 + random.nextGaussian() * 9);
            scores.put(indicator.getId(), Math.clamp(score, 20, 100));
        }
        var met = rules.countMet(scores.values());
        var category = rules.category(met, scores.size());
        var neutrality = Math.clamp(neutralityBase + random.nextInt(28) - 6, 0, 100);
        var recommendation = switch (category) {
            case BAIK -> random.nextInt(4) == 0 ? Recommendation.DIPERPANJANG : Recommendation.DILANJUTKAN;
            case CUKUP -> random.nextBoolean() ? Recommendation.TEGURAN : Recommendation.PERHATIAN_KHUSUS;
            case KURANG -> random.nextInt(3) == 0 ? Recommendation.DIGANTI : Recommendation.TIDAK_DIPERPANJANG;
        };
        var evaluation = new PjEvaluation(reportId, tenure.getId(), tenure.getRegionCode());
        evaluation.score(scores, met, category, neutrality, rules.band(neutrality), recommendation,
                category == EvaluationCategory.BAIK ? null : DemoPeople.NOTES.get(random.nextInt(DemoPeople.NOTES.size())));
        evaluation.markDemo(true);
        return evaluations.save(evaluation);
    }

    private static String decree(boolean province, int year, RegionRef region, Random random) {
        return province ? "Nomor " + (20 + random.nextInt(120)) + "/P Tahun " + year
                : "Nomor 100.2.1.3-" + (1000 + random.nextInt(4000)) + " Tahun " + year;
    }

    private HeadTenure save(HeadTenure tenure) {
        var created = tenure.getId() == null;
        tenure.markDemo(true);
        var saved = tenures.saveAndFlush(tenure);
        if (created) {
            audit.record(HeadTenureService.AUDIT_ENTITY, saved.getId().toString(), saved.getRegionCode(), "APPOINT",
                    new FieldChange.Collector().compare("status", null, saved.getStatus())
                            .compare("personName", null, saved.getPersonName()).changes());
        }
        return saved;
    }
}
