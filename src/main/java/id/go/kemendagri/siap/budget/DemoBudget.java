package id.go.kemendagri.siap.budget;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
import id.go.kemendagri.siap.budget.domain.NphdGrant;
import id.go.kemendagri.siap.budget.domain.NphdGrantRepository;

/**
 * Demo grants as the ministry saw them in mid-July 2024: the national totals of domain.md to the Rupiah
 * (KPU Rp28,7 T agreed / Rp22,1 T disbursed; Bawaslu 8,6 / 6,3; TNI 0,94 / 0,57; Polri 3,0 / 1,7), almost
 * all KPU and Bawaslu agreements signed, TNI and Polri lagging, a spread of full, partial and red
 * disbursement, and transfers that came late. Fixed seed, so the same every time; written once, in batches,
 * and flagged as demo. Never runs with demo mode off; a start with demo mode off empties them again.
 */
@Component
@Order(40)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoBudget implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoBudget.class);
    static final LocalDate AS_OF = LocalDate.of(2024, 7, 15);
    private static final long MILLION = 1_000_000L;

    /** Agreed and disbursed nationally, and the share of regions that have signed. */
    record Target(long agreed, long disbursed, int signedPercent) {
    }

    static final Map<Recipient, Target> TARGETS = new EnumMap<>(Map.of(
            Recipient.KPU, new Target(28_700_000_000_000L, 22_100_000_000_000L, 100),
            Recipient.BAWASLU, new Target(8_600_000_000_000L, 6_300_000_000_000L, 97),
            Recipient.TNI, new Target(940_000_000_000L, 570_000_000_000L, 84),
            Recipient.POLRI, new Target(3_000_000_000_000L, 1_700_000_000_000L, 90)));

    private final DemoMode demoMode;
    private final NphdGrantRepository grants;
    private final TranchePlanner planner;
    private final GrantLedger ledger;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!demoMode.generateOrRemove(this::removeDemo,
                () -> grants.countByCycleIdAndDemoTrue(ledger.cycle().id()) > 0)) {
            return;
        }
        var cycle = ledger.cycle();
        var started = System.nanoTime();
        var random = new Random(2024);
        var all = grants.findByCycleId(cycle.id());
        var grantRows = new ArrayList<Object[]>();
        var transferRows = new ArrayList<Object[]>();
        for (var recipient : Recipient.values()) {
            var mine = all.stream().filter(g -> g.getRecipient() == recipient)
                    .sorted(Comparator.comparing(NphdGrant::getRegionCode)).toList();
            generate(recipient, mine, random, cycle.voteDate(), grantRows, transferRows);
        }
        var now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("update nphd_grant set stage = ?, scheme = ?, proposed_amount = ?, agreed_amount = ?,"
                + " nphd_number = ?, signed_on = ?, earlier_year_percent = 40, tranche1_amount = ?, tranche1_due = ?,"
                + " tranche2_amount = ?, tranche2_due = ?, disbursed_amount = ?, demo = true, updated_at = ?,"
                + " changed_at = ?, updated_by = ?, version = version + 1 where id = ?",
                grantRows.stream().map(r -> withTime(r, now)).toList());
        jdbc.batchUpdate("insert into nphd_transfer (grant_id, tranche, transfer_date, amount, reference, demo,"
                + " created_at, created_by) values (?, ?, ?, ?, ?, true, ?, ?)",
                transferRows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], now, Stamps.DEMO}).toList());
        log.info("Demo budget: {} grants, {} transfers in {} ms", grantRows.size(), transferRows.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Demo mode is off: grants still holding generated figures become empty slots again, without their generated
     * transfers. A grant a user has saved or booked a transfer on is no longer demo and stays as it is.
     */
    private void removeDemo() {
        var transfers = jdbc.update("delete from nphd_transfer where demo = true and grant_id in"
                + " (select id from nphd_grant where demo = true)");
        var reset = jdbc.update("update nphd_grant set stage = 'NOT_PROPOSED', scheme = 'TRANCHES', proposed_amount = null,"
                + " agreed_amount = null, nphd_number = null, signed_on = null, earlier_year_percent = 40,"
                + " tranche1_amount = null, tranche1_due = null, tranche2_amount = null, tranche2_due = null,"
                + " disbursed_amount = 0, demo = false, updated_at = null, updated_by = null, version = version + 1"
                + " where demo = true and not exists (select 1 from nphd_transfer t where t.grant_id = nphd_grant.id)");
        if (reset + transfers > 0) {
            log.warn("Demo mode is off: emptied {} demo grants and removed {} demo transfers", reset, transfers);
        }
    }

    private static Object[] withTime(Object[] row, Timestamp now) {
        return new Object[] {row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10],
                now, now, Stamps.DEMO, row[11]};
    }

    private void generate(Recipient recipient, List<NphdGrant> slots, Random random, LocalDate voteDate,
            List<Object[]> grantRows, List<Object[]> transferRows) {
        var target = TARGETS.get(recipient);
        var signed = new ArrayList<NphdGrant>();
        var weights = new ArrayList<Double>();
        for (var grant : slots) {
            if (random.nextInt(100) < target.signedPercent()) {
                signed.add(grant);
                // A province's election costs several times a kabupaten's; regions differ in size.
                var isProvince = grant.getRegionCode().length() == 2;
                weights.add((isProvince ? 7.0 : 1.0) * (0.45 + random.nextDouble() * 1.3));
            } else {
                unsigned(grant, random, grantRows);
            }
        }
        var agreed = spread(target.agreed(), weights);
        var disbursed = disbursements(agreed, target.disbursed(), random);
        for (var i = 0; i < signed.size(); i++) {
            sign(signed.get(i), agreed[i], disbursed[i], random, voteDate, grantRows, transferRows);
        }
    }

    private static void unsigned(NphdGrant grant, Random random, List<Object[]> grantRows) {
        var stage = switch (random.nextInt(3)) {
            case 0 -> SigningStage.AGREED;
            case 1 -> SigningStage.RATIONALISING;
            default -> SigningStage.NOT_PROPOSED;
        };
        var proposed = stage == SigningStage.NOT_PROPOSED ? null : (1_000 + random.nextInt(4_000)) * MILLION;
        var agreed = stage == SigningStage.AGREED ? proposed * (80 + random.nextInt(15)) / 100 / MILLION * MILLION : null;
        grantRows.add(new Object[] {stage.name(), Scheme.TRANCHES.name(), proposed, agreed, null, null, null, null,
                null, null, 0L, grant.getId()});
    }

    private void sign(NphdGrant grant, long agreed, long disbursed, Random random, LocalDate voteDate,
            List<Object[]> grantRows, List<Object[]> transferRows) {
        // Most agreements were signed around the 10 November 2023 deadline; stragglers into 2024.
        var signedOn = random.nextInt(10) < 8 ? LocalDate.of(2023, 10, 20).plusDays(random.nextInt(40))
                : LocalDate.of(2024, 1, 5).plusDays(random.nextInt(120));
        var scheme = random.nextInt(12) == 0 ? Scheme.LUMP_SUM : Scheme.TRANCHES;
        var plan = planner.plan(SigningStage.SIGNED, scheme, agreed, signedOn, voteDate);
        var proposed = agreed / 100 * (100 + random.nextInt(25)) / MILLION * MILLION;
        var number = "%03d/NPHD/%s/%s/%d".formatted(1 + random.nextInt(400), grant.getRecipient().name(),
                grant.getRegionCode().replace(".", ""), signedOn.getYear());
        grantRows.add(new Object[] {SigningStage.SIGNED.name(), scheme.name(), proposed, agreed, number,
                Date.valueOf(signedOn), plan.tranche1Amount(), date(plan.tranche1Due()), plan.tranche2Amount(),
                date(plan.tranche2Due()), disbursed, grant.getId()});
        if (disbursed == 0) {
            return;
        }
        // Three in four first transfers arrive within the deadline, the rest up to a month late.
        var firstDate = min(random.nextInt(4) > 0 ? plan.tranche1Due().minusDays(random.nextInt(12))
                : plan.tranche1Due().plusDays(1 + random.nextInt(30)), AS_OF);
        firstDate = firstDate.isBefore(signedOn) ? signedOn : firstDate;
        var first = Math.min(disbursed, plan.tranche1Amount());
        transferRows.add(new Object[] {grant.getId(), 1, Date.valueOf(firstDate), first, reference(grant, firstDate, 1)});
        if (disbursed > first) {
            var secondDate = min(LocalDate.of(2024, 3, 1).plusDays(random.nextInt(130)), AS_OF);
            secondDate = secondDate.isBefore(firstDate) ? firstDate : secondDate;
            transferRows.add(new Object[] {grant.getId(), scheme == Scheme.TRANCHES ? 2 : 1, Date.valueOf(secondDate),
                    disbursed - first, reference(grant, secondDate, 2)});
        }
    }

    /** Splits a total over weights in whole millions, the last share taking the rounding so that it adds up. */
    static long[] spread(long total, List<Double> weights) {
        var sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        var result = new long[weights.size()];
        var given = 0L;
        for (var i = 0; i < result.length - 1; i++) {
            result[i] = (long) (total * (weights.get(i) / sum)) / MILLION * MILLION;
            given += result[i];
        }
        if (result.length > 0) {
            result[result.length - 1] = total - given;
        }
        return result;
    }

    /**
     * Some fully disbursed (fewer the further behind), a sixth under 40% (red), the rest in between; the partly disbursed are then
     * nudged, within 40% and 99%, until the total is exactly the target.
     */
    static long[] disbursements(long[] agreed, long target, Random random) {
        var result = new long[agreed.length];
        var partial = new ArrayList<Integer>();
        var total = 0L;
        var sum = java.util.Arrays.stream(agreed).sum();
        // The further a recipient is behind, the fewer regions have paid it all.
        var fullPercent = (int) Math.max(10, target * 100 / Math.max(1, sum) - 35);
        for (var i = 0; i < agreed.length; i++) {
            var roll = random.nextInt(100);
            if (roll < fullPercent) {
                result[i] = agreed[i];
            } else if (roll < fullPercent + 16) {
                result[i] = random.nextInt(3) == 0 ? 0 : agreed[i] * (10 + random.nextInt(29)) / 100 / MILLION * MILLION;
            } else {
                result[i] = agreed[i] * (40 + random.nextInt(55)) / 100 / MILLION * MILLION;
                partial.add(i);
            }
            total += result[i];
        }
        var rest = target - total;
        for (var pass = 0; pass < 3 && rest != 0; pass++) {
            for (var i : partial) {
                if (rest == 0) {
                    break;
                }
                var low = (agreed[i] * 40 / 100 + MILLION - 1) / MILLION * MILLION;
                var high = agreed[i] * 99 / 100;
                // Whole millions while far from the target, the last Rupiah on the grant that closes the gap.
                var wanted = Math.abs(rest) < MILLION ? rest : rest / MILLION * MILLION;
                var step = wanted > 0 ? Math.min(wanted, Math.max(0, high - result[i]) / MILLION * MILLION)
                        : Math.max(wanted, Math.min(0, low - result[i]) / MILLION * MILLION);
                if (Math.abs(rest) < MILLION) {
                    step = rest > 0 ? Math.min(rest, Math.max(0, high - result[i])) : Math.max(rest, Math.min(0, low - result[i]));
                }
                result[i] += step;
                rest -= step;
            }
        }
        return result;
    }

    private static String reference(NphdGrant grant, LocalDate date, int n) {
        return "SP2D-%s-%s-%d%02d%02d-%d".formatted(grant.getRegionCode().replace(".", ""), grant.getRecipient().name(),
                date.getYear(), date.getMonthValue(), date.getDayOfMonth(), n);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static Date date(LocalDate value) {
        return value == null ? null : Date.valueOf(value);
    }
}
