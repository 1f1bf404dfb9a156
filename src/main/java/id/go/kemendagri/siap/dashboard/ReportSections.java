package id.go.kemendagri.siap.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.dashboard.Board.Area;
import id.go.kemendagri.siap.dashboard.Board.Deadline;
import id.go.kemendagri.siap.dashboard.Board.DeadlineKind;
import id.go.kemendagri.siap.dashboard.ReportSection.Id;
import id.go.kemendagri.siap.dashboard.ReportSection.Money;
import id.go.kemendagri.siap.dashboard.ReportSection.Percent;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.NeutralityBand;

/** The sections of a board report, in the order the PDF shows them and the XLSX has its sheets. */
final class ReportSections {

    private final Board board;
    private final ReportTexts t;

    private ReportSections(Board board, ReportTexts texts) {
        this.board = board;
        this.t = texts;
    }

    static List<ReportSection> of(Board board, ReportTexts texts) {
        var s = new ReportSections(board, texts);
        return List.of(s.headline(), s.bands(), s.funds(), s.heads(), s.areas(), s.leastReady(), s.upcoming(),
                s.overdue(), s.aged());
    }

    /** The title of the whole report: the cycle and the country or the province. */
    static String title(Board board, ReportTexts texts) {
        var scope = board.national() ? texts.text("board.report.national") : board.provinceName();
        return texts.text("board.report.title", board.cycleName(), scope);
    }

    /** The range of verified readiness a band covers, e.g. {@code 50% – <80%}. */
    static String range(Board board, ReadinessBand band, ReportTexts texts) {
        return texts.text("board.report.band.range." + band, Long.toString(board.readyPercent()),
                Long.toString(board.lowBelow()));
    }

    private ReportSection headline() {
        var h = board.headline();
        var counts = board.overdueCounts();
        long signed = 0, grants = 0, agreed = 0, disbursed = 0;
        for (var funds : board.funds()) {
            grants += funds.grants();
            signed += funds.signed();
            agreed += funds.agreed();
            disbursed += funds.disbursed();
        }
        var rows = new ArrayList<List<Object>>();
        row(rows, "regions", h.regions());
        row(rows, "with-checklist", h.withChecklist());
        rows.add(List.of(t.text("board.report.headline.ready", Long.toString(board.readyPercent())), h.ready()));
        row(rows, "ready-share", share(h.ready(), h.regions()));
        row(rows, "average-verified", new Percent(h.averageVerified(), 1));
        row(rows, "average-reported", new Percent(h.averageReported(), 1));
        row(rows, "waiting", h.waitingVerification());
        row(rows, "grants", grants);
        row(rows, "signed", signed);
        row(rows, "agreed", new Money(agreed));
        row(rows, "disbursed", new Money(disbursed));
        row(rows, "disbursed-share", share(disbursed, agreed));
        row(rows, "pj", h.pjRegions());
        row(rows, "caretakers", h.caretakerRegions());
        row(rows, "overdue-items", h.overdueItems());
        row(rows, "overdue-regions", counts.regionsWithOverdueItems());
        row(rows, "overdue-reports", h.overdueReports());
        row(rows, "overdue-terms", counts.terms());
        row(rows, "late-tranches", h.lateTranches());
        row(rows, "vote-date", board.voteDate());
        return section(Id.HEADLINE, "headline", t.text("board.report.headline.title"), List.of(),
                "headline.indicator", "headline.value").rows(rows);
    }

    private ReportSection bands() {
        var total = board.bands().values().stream().mapToLong(Long::longValue).sum();
        var rows = new ArrayList<List<Object>>();
        for (var band : ReadinessBand.values()) {
            var count = board.bands().getOrDefault(band, 0L);
            rows.add(List.of(t.text("board.report.band." + band), range(board, band, t), count, share(count, total)));
        }
        return section(Id.BANDS, "bands", t.text("board.report.bands.title"), List.of(), "band", "bands.range",
                "bands.regions", "bands.share").rows(rows);
    }

    private ReportSection funds() {
        var rows = new ArrayList<List<Object>>();
        long[] sum = new long[7];
        for (var f : board.funds()) {
            rows.add(List.of(recipient(f.recipient()), f.grants(), f.signed(), new Money(f.agreed()),
                    new Money(f.disbursed()), new Percent(f.disbursedPercent(), 1), f.full(), f.partial(), f.red()));
            var values = new long[] {f.grants(), f.signed(), f.agreed(), f.disbursed(), f.full(), f.partial(), f.red()};
            Arrays.setAll(sum, i -> sum[i] + values[i]);
        }
        if (!rows.isEmpty()) {
            rows.add(List.of(t.text("board.report.total"), sum[0], sum[1], new Money(sum[2]), new Money(sum[3]),
                    share(sum[3], sum[2]), sum[4], sum[5], sum[6]));
        }
        return section(Id.FUNDS, "funds", t.text("board.report.funds.title"), List.of(t.text("board.report.funds.note")),
                "funds.recipient", "funds.grants", "funds.signed", "funds.agreed", "funds.disbursed", "funds.share",
                "funds.full", "funds.partial", "funds.red").rows(rows);
    }

    private ReportSection heads() {
        var heads = board.heads();
        var rows = new ArrayList<List<Object>>();
        var status = t.text("board.report.heads.status");
        for (var value : HeadStatus.values()) {
            rows.add(List.of(status, t.text("leadership.status.long." + value), heads.byStatus().getOrDefault(value, 0L)));
        }
        var category = t.text("board.report.heads.category");
        for (var value : EvaluationCategory.values()) {
            rows.add(List.of(category, t.text("leadership.category." + value), heads.byCategory().getOrDefault(value, 0L)));
        }
        var band = t.text("board.report.heads.neutrality");
        for (var value : NeutralityBand.values()) {
            rows.add(List.of(band, t.text("leadership.band." + value), heads.byBand().getOrDefault(value, 0L)));
        }
        return section(Id.HEADS, "heads", t.text("board.report.heads.title"), List.of(), "heads.group", "heads.item",
                "heads.count").rows(rows);
    }

    private ReportSection areas() {
        var national = board.national();
        var rows = new ArrayList<List<Object>>();
        for (var area : board.areas()) {
            var row = new ArrayList<Object>(List.of(area.code(), area.name()));
            if (national) {
                row.add(area.regions());
                row.add(area.ready());
            }
            row.addAll(readiness(area));
            row.add(area.items());
            row.add(area.overdueItems());
            row.add(area.waiting());
            row.add(t.text("board.report.band." + area.band()));
            rows.add(row);
        }
        var headers = new ArrayList<>(List.of("code", national ? "province" : "region"));
        if (national) {
            headers.addAll(List.of("areas.regions", "areas.ready"));
        }
        headers.addAll(List.of("verified", "reported", "areas.items", "areas.overdue", "areas.waiting", "band"));
        var kind = national ? "national" : "province";
        return section(Id.AREAS, "areas." + kind, t.text("board.report.areas.title." + kind), List.of(),
                headers.toArray(String[]::new)).rows(rows);
    }

    private ReportSection leastReady() {
        var names = new HashMap<String, String>();
        if (board.national()) {
            board.areas().forEach(a -> names.put(a.code(), a.name()));
        }
        var rows = new ArrayList<List<Object>>();
        var rank = 0L;
        for (var area : board.leastReady()) {
            var row = new ArrayList<Object>(List.of(++rank, area.code(), area.name(),
                    board.national() ? names.getOrDefault(area.provinceCode(), area.provinceCode()) : board.provinceName()));
            row.addAll(readiness(area));
            row.add(area.overdueItems());
            row.add(t.text("board.report.band." + area.band()));
            rows.add(row);
        }
        return section(Id.LEAST_READY, "least-ready",
                t.text("board.report.least-ready.title", Integer.toString(board.leastReady().size())), List.of(),
                "least-ready.rank", "code", "region", "province", "verified", "reported", "areas.overdue", "band")
                .rows(rows);
    }

    private ReportSection upcoming() {
        var rows = new ArrayList<List<Object>>();
        for (var d : board.upcoming()) {
            rows.add(Arrays.asList(d.date(), d.days(), kind(d.kind()), d.regionCode(), d.regionName(), detail(d),
                    amount(d)));
        }
        return section(Id.UPCOMING, "upcoming",
                t.text("board.report.upcoming.title", Integer.toString(board.deadlineDays())), List.of(),
                "deadline.date", "upcoming.days", "deadline.kind", "code", "region", "deadline.detail",
                "deadline.amount").rows(rows);
    }

    private ReportSection overdue() {
        var c = board.overdueCounts();
        var notes = List.of(
                t.text("board.report.overdue.counts", t.number(c.total()), t.number(c.checklistItems()),
                        t.number(c.regionsWithOverdueItems()), t.number(c.pjReports()), t.number(c.terms()),
                        t.number(c.tranches())),
                t.text("board.report.overdue.capped"));
        var rows = new ArrayList<List<Object>>();
        for (var d : board.overdue()) {
            rows.add(Arrays.asList(kind(d.kind()), d.regionCode(), d.regionName(), d.date(),
                    d.date() == null ? null : -d.days(), detail(d), amount(d)));
        }
        return section(Id.OVERDUE, "overdue", t.text("board.report.overdue.title"), notes, "deadline.kind", "code",
                "region", "deadline.date", "overdue.days", "deadline.detail", "deadline.amount").rows(rows);
    }

    /** Overdue checklist items by how late they are, per province or region, the worst first, and the total. */
    private ReportSection aged() {
        var rows = new ArrayList<List<Object>>();
        for (var a : board.aged()) {
            rows.add(List.of(a.code(), a.name(), a.week(), a.month(), a.older(), a.total()));
        }
        var total = board.agedTotal();
        if (!rows.isEmpty()) {
            rows.add(List.of("", t.text("board.report.total"), total.week(), total.month(), total.older(),
                    total.total()));
        }
        return section(Id.AGED, "aged", t.text("board.report.aged.title"), List.of(t.text("board.report.aged.note")),
                "code", board.national() ? "province" : "region", "aged.week", "aged.month", "aged.older",
                "aged.total").rows(rows);
    }

    private List<Object> readiness(Area area) {
        if (area.band() == ReadinessBand.NONE) {
            return Arrays.asList(null, null);
        }
        return List.of(new Percent(area.verifiedPercent(), 0), new Percent(area.reportedPercent(), 0));
    }

    private String kind(DeadlineKind kind) {
        return t.text("board.report.kind." + kind);
    }

    private Money amount(Deadline deadline) {
        return deadline.kind() == DeadlineKind.TRANCHE ? new Money(deadline.amount()) : null;
    }

    /** What the deadline is about, in words. */
    private String detail(Deadline deadline) {
        return switch (deadline.kind()) {
            case CHECKLIST -> t.text("board.report.detail.checklist", Long.toString(deadline.number()));
            case CHECKLIST_DUE -> t.text("board.report.detail.checklist-due", Long.toString(deadline.number()),
                    Long.toString(deadline.amount()));
            case TERM_END -> t.text("leadership.status." + deadline.status().name()) + " · " + deadline.person();
            case TRANCHE -> t.text("board.report.detail.tranche", recipient(deadline.recipient()),
                    Long.toString(deadline.number()));
            case PJ_REPORT -> t.text("board.report.detail.report", deadline.person(), Long.toString(deadline.number()));
        };
    }

    private String recipient(Recipient recipient) {
        return t.text("budget.recipient." + recipient);
    }

    /** A share in percent with one decimal, rounded down; 0 without a whole. */
    private static Percent share(long part, long whole) {
        return new Percent(whole == 0 ? 0 : Math.floor(1000.0 * part / whole) / 10, 1);
    }

    private void row(List<List<Object>> rows, String key, Object value) {
        rows.add(List.of(t.text("board.report.headline." + key), value));
    }

    private Draft section(Id id, String sheetKey, String title, List<String> notes, String... headerKeys) {
        var headers = Arrays.stream(headerKeys).map(k -> t.text("board.report.column." + k)).toList();
        return new Draft(id, t.text("board.report.sheet." + sheetKey), title, notes, headers);
    }

    private record Draft(Id id, String sheet, String title, List<String> notes, List<String> headers) {
        ReportSection rows(List<List<Object>> rows) {
            return new ReportSection(id, sheet, title, notes, headers, List.copyOf(rows));
        }
    }
}
