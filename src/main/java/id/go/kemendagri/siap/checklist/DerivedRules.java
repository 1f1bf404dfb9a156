package id.go.kemendagri.siap.checklist;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.budget.GrantDetails;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.SigningStage;
import id.go.kemendagri.siap.budget.TransferDetails;
import id.go.kemendagri.siap.leadership.EndReason;
import id.go.kemendagri.siap.leadership.HeadFacts.RegionHeads;
import id.go.kemendagri.siap.leadership.HeadFacts.TenureFact;
import id.go.kemendagri.siap.leadership.HeadStatus;

/**
 * What a derived item's source says (docs/checklist.md, "Derived items"): a status, the day it was reached, the
 * source in words (Indonesian and English) and a route to the source record itself on the region page ({@link #open}); or nothing where
 * the source does not decide (no grant row, a Pj still in office whose candidacy the data does not know, no
 * evaluation yet), and the item is then answered by hand.
 */
final class DerivedRules {

    /** What the source says. {@code on} is the day a SELESAI was reached (the item's completion day). */
    record Derived(ItemStatus status, LocalDate on, String textId, String textEn, String link) {
    }

    private DerivedRules() {
    }

    /**
     * @param cycleStart the first day heads count for (1 January of the vote's year): earlier tenures ended before
     *                   the cycle and say nothing about it
     */
    static Derived derive(DerivedSource source, String regionCode, List<GrantDetails> grants, RegionHeads heads,
            LocalDate cycleStart) {
        return switch (source) {
            case NPHD_KPU -> nphd(regionCode, grants, Recipient.KPU);
            case NPHD_BAWASLU -> nphd(regionCode, grants, Recipient.BAWASLU);
            case NPHD_TNI -> nphd(regionCode, grants, Recipient.TNI);
            case NPHD_POLRI -> nphd(regionCode, grants, Recipient.POLRI);
            case TRANCHE_ONE -> tranche(regionCode, grants, 1);
            case TRANCHE_TWO -> tranche(regionCode, grants, 2);
            case PJ_RESIGNED -> pjResigned(regionCode, heads, cycleStart);
            case NEUTRALITY_SCORE -> neutrality(regionCode, heads, cycleStart);
            case PJS_APPOINTED -> pjsAppointed(regionCode, heads);
        };
    }

    /** The recipient's NPHD: signed, under way (rationalised or agreed), not proposed, or not applicable (TNI/Polri). */
    static Derived nphd(String regionCode, List<GrantDetails> grants, Recipient recipient) {
        var grant = grants.stream().filter(g -> g.recipient() == recipient).findFirst().orElse(null);
        if (grant == null) {
            return null;
        }
        var name = recipientName(recipient);
        var link = open(regionCode, "hibah-" + key(recipient));
        if (grant.notApplicable()) {
            return new Derived(ItemStatus.TIDAK_BERLAKU, null,
                    "NPHD " + name + ": tidak berlaku (" + grant.notApplicableReason() + ")",
                    "NPHD " + name + ": not applicable (" + grant.notApplicableReason() + ")", link);
        }
        return switch (grant.stage()) {
            case SIGNED -> new Derived(ItemStatus.SELESAI, grant.signedOn(),
                    "NPHD " + name + ": ditandatangani " + day(grant.signedOn(), Formats.INDONESIAN)
                            + (grant.nphdNumber() == null ? "" : " (" + grant.nphdNumber() + ")"),
                    "NPHD " + name + ": signed " + day(grant.signedOn(), Formats.ENGLISH)
                            + (grant.nphdNumber() == null ? "" : " (" + grant.nphdNumber() + ")"), link);
            case AGREED -> new Derived(ItemStatus.PROSES, null, "NPHD " + name + ": disepakati, belum ditandatangani",
                    "NPHD " + name + ": agreed, not signed yet", link);
            case RATIONALISING -> new Derived(ItemStatus.PROSES, null, "NPHD " + name + ": dalam rasionalisasi",
                    "NPHD " + name + ": being rationalised", link);
            case NOT_PROPOSED -> new Derived(ItemStatus.BELUM, null, "NPHD " + name + ": belum diusulkan",
                    "NPHD " + name + ": not proposed yet", link);
        };
    }

    /**
     * Tranche I (or II) of every grant that applies (TNI/Polri marked not applicable do not): transferred in full for
     * all of them is SELESAI on the day the last one was reached (a lump sum's single tranche counts for both); some
     * money under way is PROSES; nothing yet is BELUM. How many were late against their own due day is said in words.
     */
    static Derived tranche(String regionCode, List<GrantDetails> grants, int number) {
        var applicable = grants.stream().filter(g -> !g.notApplicable()).toList();
        if (applicable.isEmpty()) {
            return null;
        }
        var roman = number == 1 ? "I" : "II";
        LocalDate last = null;
        TransferDetails lastTransfer = null;
        GrantDetails pending = null;
        var done = 0;
        var late = 0;
        var underWay = false;
        for (var grant : applicable) {
            var by = reachedBy(grant, number);
            var reached = by == null ? null : by.date();
            if (reached == null && pending == null) {
                pending = grant;
            }
            if (reached != null) {
                done++;
                if (last == null || reached.isAfter(last)) {
                    last = reached;
                    lastTransfer = by;
                }
                var due = due(grant, number);
                if (due != null && reached.isAfter(due)) {
                    late++;
                }
            }
            underWay |= grant.transfers().stream().anyMatch(t -> number == 1 || t.tranche() == 2);
        }
        var total = applicable.size();
        // The record concerned: the transfer that completed the tranche last, or the first recipient's tranche still open.
        var link = pending == null ? open(regionCode, "penyaluran-" + lastTransfer.id())
                : pending.tranches().isEmpty() ? open(regionCode, "hibah-" + key(pending.recipient()))
                : open(regionCode, "tahap-" + Math.min(number, pending.tranches().size()) + "-" + key(pending.recipient()));
        if (done == total) {
            return new Derived(ItemStatus.SELESAI, last,
                    "Tahap " + roman + " tersalurkan penuh kepada " + total + " penerima, terakhir "
                            + day(last, Formats.INDONESIAN) + (late == 0 ? ", semua tepat waktu" : ", " + late + " terlambat"),
                    "Tranche " + roman + " transferred in full to " + total + (total == 1 ? " recipient" : " recipients")
                            + ", the last on " + day(last, Formats.ENGLISH)
                            + (late == 0 ? ", all on time" : ", " + late + " late"), link);
        }
        var status = done > 0 || underWay ? ItemStatus.PROSES : ItemStatus.BELUM;
        return new Derived(status, null,
                "Tahap " + roman + " tersalurkan penuh kepada " + done + " dari " + total + " penerima",
                "Tranche " + roman + " transferred in full to " + done + " of " + total + " recipients", link);
    }

    /** The day the transfers (in date order) first added up to the tranche, or null while they do not. */
    static LocalDate reached(GrantDetails grant, int number) {
        var by = reachedBy(grant, number);
        return by == null ? null : by.date();
    }

    /** The transfer with which the transfers (in date order) first added up to the tranche, or null. */
    static TransferDetails reachedBy(GrantDetails grant, int number) {
        if (grant.stage() != SigningStage.SIGNED || grant.tranches().isEmpty() || grant.agreed() == null) {
            return null;
        }
        var lumpSum = grant.tranches().size() == 1;
        long threshold = number == 1 || lumpSum ? grant.tranches().getFirst().amount() : grant.agreed();
        long sum = 0;
        var ordered = new ArrayList<>(grant.transfers());
        ordered.sort(java.util.Comparator.comparing(TransferDetails::date).thenComparingLong(TransferDetails::id));
        for (var transfer : ordered) {
            sum += transfer.amount();
            if (sum >= threshold) {
                return transfer;
            }
        }
        return null;
    }

    private static LocalDate due(GrantDetails grant, int number) {
        var tranches = grant.tranches();
        var index = Math.min(number, tranches.size()) - 1;
        return index < 0 ? null : tranches.get(index).due();
    }

    /**
     * A Pj of the region who ended the tenure to run in the Pilkada (end reason RUNNING_IN_PILKADA) has resigned:
     * SELESAI on that day. A region whose recorded heads in the cycle include no Pj: not applicable. A Pj in office
     * (or one who left for another reason): the data does not know whether they run, so the item stays by hand. No
     * head recorded at all: silent.
     */
    static Derived pjResigned(String regionCode, RegionHeads heads, LocalDate cycleStart) {
        var inCycle = heads.tenures().stream().filter(t -> inCycle(t, cycleStart)).toList();
        if (inCycle.isEmpty()) {
            return null;
        }
        var ran = inCycle.stream().filter(t -> t.status() == HeadStatus.PJ && t.endReason() == EndReason.RUNNING_IN_PILKADA)
                .findFirst();
        if (ran.isPresent()) {
            var pj = ran.get();
            var link = open(regionCode, "masa-jabatan-" + pj.id());
            return new Derived(ItemStatus.SELESAI, pj.endedOn(),
                    "Pj " + pj.personName() + " berhenti untuk mencalonkan diri: " + day(pj.endedOn(), Formats.INDONESIAN),
                    "Pj " + pj.personName() + " stood down to run: " + day(pj.endedOn(), Formats.ENGLISH), link);
        }
        if (inCycle.stream().noneMatch(t -> t.status() == HeadStatus.PJ)) {
            return new Derived(ItemStatus.TIDAK_BERLAKU, null, "Tidak ada Pj di daerah ini dalam siklus ini",
                    "No Pj in this region in this cycle", open(regionCode, "masa-jabatan-" + inCycle.getFirst().id()));
        }
        return null;
    }

    /**
     * The ASN neutrality score is part of the Inspectorate General's evaluation of a Pj's quarterly report: the latest
     * evaluation in the cycle makes the item SELESAI. Without one (an elected head, or no evaluation yet) the score
     * comes from monitoring the application does not hold, and the item stays by hand.
     */
    static Derived neutrality(String regionCode, RegionHeads heads, LocalDate cycleStart) {
        var latest = heads.evaluations().stream()
                .filter(e -> e.recordedOn() != null && !e.recordedOn().isBefore(cycleStart)).findFirst();
        if (latest.isEmpty()) {
            return null;
        }
        var e = latest.get();
        var first = heads.evaluations().stream().filter(x -> x.recordedOn() != null && !x.recordedOn().isBefore(cycleStart))
                .map(x -> x.recordedOn()).min(LocalDate::compareTo).orElse(e.recordedOn());
        return new Derived(ItemStatus.SELESAI, first,
                "Skor netralitas ASN " + e.neutralityScore() + " (" + e.band() + ") dinilai "
                        + day(e.recordedOn(), Formats.INDONESIAN),
                "ASN neutrality score " + e.neutralityScore() + " (" + e.band() + ") evaluated "
                        + day(e.recordedOn(), Formats.ENGLISH),
                open(regionCode, "evaluasi-" + e.id()));
    }

    /**
     * The region's active head: an elected head on campaign leave with a Pjs recorded is SELESAI on the day of the
     * Kepmendagri designating the Pjs (a leave recorded before that date was asked for: the leave's first day, never
     * the day the record was last changed); a Pj, Pjs, Plt or Plh in office means no incumbent can take leave: not
     * applicable. An elected head with no leave recorded (may not run) or no head recorded: the item stays by hand.
     */
    static Derived pjsAppointed(String regionCode, RegionHeads heads) {
        var active = heads.tenures().stream().filter(TenureFact::active).findFirst().orElse(null);
        if (active == null) {
            return null;
        }
        var link = open(regionCode, "masa-jabatan-" + active.id());
        if (active.status() != HeadStatus.DEFINITIF) {
            return new Derived(ItemStatus.TIDAK_BERLAKU, null,
                    "Tidak ada petahana: daerah dipimpin " + active.status().name().charAt(0)
                            + active.status().name().substring(1).toLowerCase(Locale.ROOT),
                    "No incumbent: the region is led by a " + active.status().name().charAt(0)
                            + active.status().name().substring(1).toLowerCase(Locale.ROOT), link);
        }
        if (active.leavePjsName() == null) {
            return null;
        }
        var decreed = active.leaveDecreeDate();
        var on = decreed != null ? decreed : active.leaveStartsOn();
        return new Derived(ItemStatus.SELESAI, on,
                "Pjs " + active.leavePjsName() + " ditunjuk (" + active.leaveDecreeNumber()
                        + (decreed == null ? "" : ", " + day(decreed, Formats.INDONESIAN)) + ") selama cuti kampanye "
                        + day(active.leaveStartsOn(), Formats.INDONESIAN) + " - " + day(active.leaveEndsOn(), Formats.INDONESIAN),
                "Pjs " + active.leavePjsName() + " designated (" + active.leaveDecreeNumber()
                        + (decreed == null ? "" : ", " + day(decreed, Formats.ENGLISH)) + ") for the campaign leave "
                        + day(active.leaveStartsOn(), Formats.ENGLISH) + " - " + day(active.leaveEndsOn(), Formats.ENGLISH),
                link);
    }

    /**
     * The region page with the record opened: {@code wilayah/62.07?buka=hibah-kpu} (a grant), {@code tahap-1-kpu} (a
     * grant's tranche), {@code penyaluran-123} (a transfer), {@code masa-jabatan-12} (a tenure), {@code evaluasi-7} (an
     * evaluation). The page marks that record and scrolls to it (budget.ui.GrantCard, leadership.ui.HeadsSection).
     */
    static String open(String regionCode, String part) {
        return "wilayah/" + regionCode + "?buka=" + part;
    }

    private static String key(Recipient recipient) {
        return recipient.name().toLowerCase(Locale.ROOT);
    }

    private static boolean inCycle(TenureFact tenure, LocalDate cycleStart) {
        return tenure.endedOn() == null || !tenure.endedOn().isBefore(cycleStart);
    }

    static String recipientName(Recipient recipient) {
        return switch (recipient) {
            case KPU -> "KPU";
            case BAWASLU -> "Bawaslu";
            case TNI -> "TNI";
            case POLRI -> "Polri";
        };
    }

    private static String day(LocalDate date, Locale locale) {
        return date == null ? "-" : Formats.date(date, locale);
    }
}
