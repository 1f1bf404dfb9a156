package id.go.kemendagri.siap.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.NeutralityBand;
import id.go.kemendagri.siap.region.ElectionStages;
import id.go.kemendagri.siap.region.VulnerabilityLevel;

/**
 * One summary board: the whole country ({@code provinceCode} null) or one province with its
 * kabupaten/kota. Everything a board screen, the PDF and the XLSX report show; built by
 * {@link BoardService} from aggregate queries.
 *
 * @param areas  the tiles: the 38 provinces on the national board; on a province board the province
 *               itself (if it holds a Pilkada) and each kabupaten/kota holding one
 * @param regions every region holding a Pilkada in scope, by code, with its readiness
 * @param leastReady the least ready regions that are not ready yet (lowest verified readiness first)
 * @param upcoming deadlines from today to {@code today + deadlineDays}, soonest first
 * @param stage    the election stage of today and the next one (the cycle's stages, {@code region.ElectionStages})
 * @param overdue  what is overdue, most overdue first within each kind (capped per kind; {@link Overdue}
 *                 has the exact counts)
 * @param aged     overdue checklist items by how late they are, per province on the national board and per
 *                 region on a province board, the worst first ({@link Aged#WORST_FIRST}); only areas with some
 * @param agedTotal the same summed over the board
 * @param thisWeek what falls due in the next 7 days and what became overdue in the last 7 days, earliest first
 *                 (checklist items one line per deadline, {@link DeadlineKind#CHECKLIST_DUE})
 * @param vulnerability the recorded IKP level (Bawaslu's vulnerability index) of each region in scope, by code
 */
public record Board(String provinceCode, String provinceName, String cycleName, LocalDate voteDate, LocalDate today,
        Instant builtAt, int readyPercent, int lowBelow, int deadlineDays, Headline headline, List<Area> areas,
        List<Area> regions, Map<ReadinessBand, Long> bands, List<Funds> funds, Heads heads, List<Area> leastReady,
        List<Deadline> upcoming, List<Deadline> overdue, Overdue overdueCounts, ElectionStages.Now stage,
        List<Aged> aged, Aged agedTotal, List<Deadline> thisWeek, Map<String, VulnerabilityLevel> vulnerability) {

    /** The days of the "this week" list, back and ahead of today. */
    public static final int WEEK = 7;

    /** A board without the aged figures and the week's list (tests of the reports). */
    public Board(String provinceCode, String provinceName, String cycleName, LocalDate voteDate, LocalDate today,
            Instant builtAt, int readyPercent, int lowBelow, int deadlineDays, Headline headline, List<Area> areas,
            List<Area> regions, Map<ReadinessBand, Long> bands, List<Funds> funds, Heads heads, List<Area> leastReady,
            List<Deadline> upcoming, List<Deadline> overdue, Overdue overdueCounts, ElectionStages.Now stage,
            Map<String, VulnerabilityLevel> vulnerability) {
        this(provinceCode, provinceName, cycleName, voteDate, today, builtAt, readyPercent, lowBelow, deadlineDays,
                headline, areas, regions, bands, funds, heads, leastReady, upcoming, overdue, overdueCounts, stage,
                List.of(), new Aged(provinceCode == null ? "" : provinceCode, "", 0, 0, 0), List.of(), vulnerability);
    }

    public boolean national() {
        return provinceCode == null;
    }

    /**
     * Whether a tile has an IKP level: a region its own; a province tile on the national board also when one of its
     * kabupaten/kota has it.
     */
    public boolean hasVulnerability(Area area, VulnerabilityLevel level) {
        if (level == vulnerability.get(area.code())) {
            return true;
        }
        if (!national() || area.code().contains(".")) {
            return false;
        }
        return countVulnerability(area.code() + ".", level) > 0;
    }

    /** How many regions whose code starts with {@code prefix} ("" for all) have the level. */
    public long countVulnerability(String prefix, VulnerabilityLevel level) {
        return vulnerability.entrySet().stream().filter(e -> e.getValue() == level && e.getKey().startsWith(prefix)).count();
    }

    /** A tile or region by code (tiles first), or {@code null}. */
    public Area area(String code) {
        for (var list : List.of(areas, regions)) {
            for (var area : list) {
                if (area.code().equals(code)) {
                    return area;
                }
            }
        }
        return null;
    }

    /**
     * The headline figures. Readiness percentages are weighted as in the checklist feature; the
     * average is over regions with a checklist.
     */
    public record Headline(long regions, long withChecklist, long ready, double averageVerified,
            double averageReported, long pjRegions, long caretakerRegions, long waitingVerification,
            long overdueItems, long overdueReports, long lateTranches, long onCampaignLeave) {
    }

    /**
     * A region, or a province as the sum of its regions. {@code regions} and {@code ready} count the
     * regions holding a Pilkada inside it (1 and 0/1 for a single region).
     */
    public record Area(String code, String name, String provinceCode, long regions, long ready, int verifiedPercent,
            int reportedPercent, long items, long overdueItems, long waiting, ReadinessBand band) {
    }

    /** NPHD support for one recipient: grants, signed, agreed and disbursed Rupiah. */
    public record Funds(Recipient recipient, long grants, long signed, long agreed, long disbursed, long full,
            long partial, long red) {

        /** Disbursed share of the agreed amount, in percent with one decimal (0 when nothing is agreed). */
        public double disbursedPercent() {
            return agreed == 0 ? 0 : Math.floor(1000.0 * disbursed / agreed) / 10;
        }
    }

    /** Active heads by status, and the latest evaluation of each active head by category and band. */
    public record Heads(Map<HeadStatus, Long> byStatus, Map<EvaluationCategory, Long> byCategory,
            Map<NeutralityBand, Long> byBand) {
    }

    /**
     * Overdue checklist items of a province or region by how late they are: at most 7 days, 8 to 30 days, more
     * than 30 days past the deadline.
     */
    public record Aged(String code, String name, long week, long month, long older) {

        /** The worst first: most items more than 30 days late, then 8-30, then up to 7, then by code. */
        public static final java.util.Comparator<Aged> WORST_FIRST = java.util.Comparator
                .comparingLong(Aged::older).reversed().thenComparing(java.util.Comparator.comparingLong(Aged::month)
                        .reversed())
                .thenComparing(java.util.Comparator.comparingLong(Aged::week).reversed())
                .thenComparing(Aged::code);

        public long total() {
            return week + month + older;
        }
    }

    /** What a deadline is about. */
    public enum DeadlineKind {
        /** An acting head's (Pj, Pjs, Plt, Plh) or a head's term ends. */
        TERM_END,
        /** A Pj's quarterly report is due. */
        PJ_REPORT,
        /** An NPHD tranche is due to be transferred. */
        TRANCHE,
        /** Checklist items of a region passed their deadline (one line per region). */
        CHECKLIST,
        /**
         * Open checklist items sharing one deadline ({@code date}) in the "this week" list: {@code number} items in
         * {@code amount} regions ({@code regionCode} null).
         */
        CHECKLIST_DUE
    }

    /**
     * A dated obligation of one region. {@code days} is the number of days from today to {@code date}:
     * negative once overdue ({@code date} is null for {@link DeadlineKind#CHECKLIST}, a count per region).
     * What it is about, by kind: a term's head {@code status} and {@code person}; a Pj report's
     * {@code person} and period {@code number}; a tranche's {@code recipient}, tranche {@code number} and
     * the Rupiah {@code amount} still to transfer; a region's {@code number} of overdue checklist items.
     * Fields a kind does not use are null or 0.
     */
    public record Deadline(DeadlineKind kind, String regionCode, String regionName, LocalDate date, long days,
            HeadStatus status, Recipient recipient, String person, long number, long amount) {

        static Deadline term(String code, String name, LocalDate date, long days, HeadStatus status, String person) {
            return new Deadline(DeadlineKind.TERM_END, code, name, date, days, status, null, person, 0, 0);
        }

        static Deadline report(String code, String name, LocalDate date, long days, String person, int period) {
            return new Deadline(DeadlineKind.PJ_REPORT, code, name, date, days, null, null, person, period, 0);
        }

        static Deadline tranche(String code, String name, LocalDate date, long days, Recipient recipient,
                int tranche, long outstanding) {
            return new Deadline(DeadlineKind.TRANCHE, code, name, date, days, null, recipient, null, tranche,
                    outstanding);
        }

        static Deadline checklistDue(LocalDate date, long days, long items, long regions) {
            return new Deadline(DeadlineKind.CHECKLIST_DUE, null, null, date, days, null, null, null, items, regions);
        }

        static Deadline checklist(String code, String name, long overdueItems) {
            return new Deadline(DeadlineKind.CHECKLIST, code, name, null, 0, null, null, null, overdueItems, 0);
        }
    }

    /** Exact counts of overdue things, whatever the lists show. */
    public record Overdue(long checklistItems, long regionsWithOverdueItems, long pjReports, long terms,
            long tranches) {

        public long total() {
            return checklistItems + pjReports + terms + tranches;
        }
    }
}
