package id.go.kemendagri.siap.dashboard.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.chart.ChartCard;
import id.go.kemendagri.siap.base.ui.chart.Feed;
import id.go.kemendagri.siap.base.ui.chart.Tile;
import id.go.kemendagri.siap.base.ui.chart.TileBoard;
import id.go.kemendagri.siap.dashboard.Board;
import id.go.kemendagri.siap.dashboard.Board.Area;
import id.go.kemendagri.siap.dashboard.Board.Deadline;
import id.go.kemendagri.siap.dashboard.BoardService.Figure;
import id.go.kemendagri.siap.dashboard.BoardService.Snapshot;
import id.go.kemendagri.siap.dashboard.ReadinessBand;
import id.go.kemendagri.siap.dashboard.ui.BoardLists.BoardList;
import id.go.kemendagri.siap.dashboard.ui.BoardLists.Cell;
import id.go.kemendagri.siap.dashboard.ui.BoardLists.Header;
import id.go.kemendagri.siap.dashboard.ui.BoardLists.Row;
import id.go.kemendagri.siap.region.ElectionStages;
import id.go.kemendagri.siap.region.VulnerabilityLevel;

/**
 * One board on screen: headline figures with their "last updated" time, the tiles, the charts and the
 * lists, each a Lit component ({@link BoardCards}, {@link TileBoard}, {@link ChartCard}, {@link BoardLists}) fed
 * with records. What it shows is drawn once per board snapshot and language ({@link Drawing}: the records made
 * into JSON once, {@link Feed}) and shared by every screen showing that board: an open board keeps about twenty
 * server-side elements and no copy of the data (see "Heap kept per open session" in docs/performance.md).
 * {@link #show} gives the same elements a new drawing, so a live update changes text and values without
 * rebuilding the page (scroll position kept, a shown chart table stays shown, charts animate). A tile or a
 * region in a list opened comes back as a typed event; {@link BoardScreen} checks it before it navigates.
 */
class BoardPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm.ss");

    /** The captions of the province tiles: the abbreviations Indonesians use. */
    static final Map<String, String> SHORT = Map.ofEntries(Map.entry("11", "ACEH"), Map.entry("12", "SUMUT"),
            Map.entry("13", "SUMBAR"), Map.entry("14", "RIAU"), Map.entry("15", "JAMBI"), Map.entry("16", "SUMSEL"),
            Map.entry("17", "BENGKULU"), Map.entry("18", "LAMPUNG"), Map.entry("19", "BABEL"), Map.entry("21", "KEPRI"),
            Map.entry("31", "DKI"), Map.entry("32", "JABAR"), Map.entry("33", "JATENG"), Map.entry("34", "DIY"),
            Map.entry("35", "JATIM"), Map.entry("36", "BANTEN"), Map.entry("51", "BALI"), Map.entry("52", "NTB"),
            Map.entry("53", "NTT"), Map.entry("61", "KALBAR"), Map.entry("62", "KALTENG"), Map.entry("63", "KALSEL"),
            Map.entry("64", "KALTIM"), Map.entry("65", "KALTARA"), Map.entry("71", "SULUT"), Map.entry("72", "SULTENG"),
            Map.entry("73", "SULSEL"), Map.entry("74", "SULTRA"), Map.entry("75", "GORONTALO"), Map.entry("76", "SULBAR"),
            Map.entry("81", "MALUKU"), Map.entry("82", "MALUT"), Map.entry("91", "PAPUA"), Map.entry("92", "PABAR"),
            Map.entry("93", "PAPSEL"), Map.entry("94", "PAPTENG"), Map.entry("95", "PAPEG"), Map.entry("96", "PBD"));

    private final transient Clock clock;
    private final H2 title = new H2();
    private final Paragraph subtitle = new Paragraph();
    private final Paragraph stage = new Paragraph();
    private final Span demoBadge = new Span();
    final HorizontalLayout actions = new HorizontalLayout();
    final BoardCards figures = new BoardCards();
    final TileBoard map = new TileBoard();
    final BoardCharts charts;
    final BoardLists lists = new BoardLists();
    /** Ends the colour class of a tile the IKP filter does not match (styles/chart.css fades it). */
    static final String FADED = "-faded";
    /** Marks the tiles with a level of Bawaslu's vulnerability index (IKP); empty: no filter. */
    final Select<VulnerabilityLevel> vulnerability = new Select<>();
    private Board board;
    private Drawing drawing;
    private transient Snapshot snapshot;

    /**
     * What a board shows in one language, shared by every screen showing the same snapshot: the records of each
     * part as JSON, the headline texts (for tests and the page title) and the regions a screen may open from it.
     */
    record Drawing(String title, String subtitle, String stage, Feed figures, Feed ages, TileBoard.Drawing map,
            List<ChartCard.Drawing> charts, Feed lists, Map<Figure, String> figureTexts, Set<String> regions) {
    }

    BoardPanel(Clock clock, boolean demo) {
        this.clock = clock;
        addClassName("board-panel");
        setPadding(false);
        setWidthFull();
        demoBadge.setText(getTranslation("board.demo"));
        demoBadge.getElement().getThemeList().add("badge warning");
        demoBadge.getElement().setAttribute("title", getTranslation("board.demo.tooltip"));
        demoBadge.setVisible(demo);
        var titleRow = new HorizontalLayout(title, demoBadge);
        titleRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        titleRow.addClassName("board-title-row");
        actions.addClassName("board-actions");
        var header = new Div(titleRow, subtitle, stage, actions);
        header.addClassName("board-header");
        subtitle.addClassName("board-subtitle");
        stage.addClassName("board-stage");
        map.addClassName("board-map");
        vulnerability.setItems(VulnerabilityLevel.values());
        Fields.anyChoice(vulnerability, "board.vulnerability.filter", "board.vulnerability.all",
                level -> getTranslation("vulnerability.level." + level.name()));
        vulnerability.addClassName("board-vulnerability-filter");
        vulnerability.setId("board-vulnerability");
        vulnerability.addValueChangeListener(e -> showMap());
        var mapHeading = new Div(new H3(getTranslation("board.map.title")), vulnerability);
        mapHeading.addClassName("board-map-heading");
        var mapSection = new Div(mapHeading, map);
        mapSection.addClassName("board-section");
        charts = new BoardCharts();
        add(header, figures, mapSection, charts, lists);
    }

    Board board() {
        return board;
    }

    Drawing drawing() {
        return drawing;
    }

    /** The value and detail a headline shows now. */
    String figureText(Figure figure) {
        return drawing.figureTexts().get(figure);
    }

    /** Shows a (new) snapshot, drawn once per language for every screen showing it. */
    void show(Snapshot snapshot) {
        this.snapshot = snapshot;
        board = snapshot.board();
        var next = snapshot.drawing("board-panel:" + getLocale().toLanguageTag(), () -> draw(snapshot));
        if (next == drawing) {
            return;
        }
        drawing = next;
        title.setText(next.title());
        subtitle.setText(next.subtitle());
        stage.setText(next.stage());
        figures.show(next.figures(), next.ages());
        showMap();
        charts.show(next.charts());
        lists.show(next.lists());
    }

    private Drawing draw(Snapshot snapshot) {
        var b = snapshot.board();
        var locale = getLocale();
        var title = b.national() ? getTranslation("board.title.national")
                : getTranslation("board.title.province", b.provinceName());
        var daysToVote = ChronoUnit.DAYS.between(b.today(), b.voteDate());
        var subtitle = getTranslation("board.subtitle", b.cycleName(), Formats.date(b.today(), locale),
                Formats.date(b.voteDate(), locale), daysToVote);
        var texts = new EnumMap<Figure, String>(Figure.class);
        var figures = new ArrayList<BoardCards.Card>();
        var h = b.headline();
        figures.add(figure(texts, snapshot, Figure.READY,
                getTranslation("board.figure.ready.value", number(h.ready()), number(h.regions())),
                getTranslation("board.figure.ready.detail", b.readyPercent(), percentOf(h.ready(), h.regions()))));
        figures.add(figure(texts, snapshot, Figure.READINESS, Formats.decimal(h.averageVerified(), locale) + "%",
                getTranslation("board.figure.readiness.detail", Formats.decimal(h.averageReported(), locale),
                        number(h.waitingVerification()))));
        var fundLines = new StringBuilder();
        long signed = 0, grants = 0;
        for (var f : b.funds()) {
            signed += f.signed();
            grants += f.grants();
            fundLines.append(getTranslation("board.figure.funds.line", getTranslation("board.recipient." + f.recipient().name()),
                    number(f.signed()), number(f.grants()), Formats.decimal(f.disbursedPercent(), locale))).append('\n');
        }
        figures.add(figure(texts, snapshot, Figure.FUNDS, getTranslation("board.figure.funds.value", number(signed), number(grants)),
                fundLines.toString().strip()));
        var heads = b.heads();
        figures.add(figure(texts, snapshot, Figure.HEADS, getTranslation("board.figure.heads.value", number(h.pjRegions())),
                getTranslation("board.figure.heads.detail", number(h.caretakerRegions()),
                        number(count(heads.byCategory(), "BAIK")), number(count(heads.byCategory(), "CUKUP")),
                        number(count(heads.byCategory(), "KURANG")), number(count(heads.byBand(), "MERAH")),
                        number(h.onCampaignLeave()))));
        var o = b.overdueCounts();
        figures.add(figure(texts, snapshot, Figure.OVERDUE, getTranslation("board.figure.overdue.value", number(o.checklistItems())),
                getTranslation("board.figure.overdue.detail", number(o.regionsWithOverdueItems()), number(o.pjReports()),
                        number(o.tranches()), number(o.terms())) + (b.agedTotal().total() == 0 ? ""
                                : "\n" + getTranslation("board.figure.overdue.aged", b.agedTotal().older(),
                                        b.agedTotal().month(), b.agedTotal().week()))));
        var ages = new BoardCards.Ages(getTranslation("board.age.now"), getTranslation("board.age.seconds"),
                getTranslation("board.age.minutes"), getTranslation("board.age.hours"), getTranslation("board.age.days"));
        var regions = new HashSet<String>();
        b.areas().forEach(area -> regions.add(area.code()));
        b.leastReady().forEach(area -> regions.add(area.code()));
        b.upcoming().forEach(deadline -> regions.add(deadline.regionCode()));
        b.overdue().forEach(deadline -> regions.add(deadline.regionCode()));
        b.thisWeek().forEach(deadline -> regions.add(deadline.regionCode()));
        if (!b.national()) {
            b.aged().forEach(aged -> regions.add(aged.code()));
        }
        regions.remove(null);
        return new Drawing(title, subtitle, stageText(b.stage()), Feed.list(figures), Feed.bean(ages), map(b, null),
                charts.draw(b, this::bandLabel),
                Feed.list(lists(b)), Map.copyOf(texts), Set.copyOf(regions));
    }

    /** "Tahapan: Kampanye (25 Sep 2024 - 23 Nov 2024) · Berikutnya: Masa tenang, mulai 24 Nov 2024". */
    String stageText(ElectionStages.Now now) {
        var locale = getLocale();
        var current = now.current().map(s -> getTranslation("region.stage.now", getTranslation(s.stage().key()),
                s.startsOn().equals(s.endsOn()) ? Formats.date(s.startsOn(), locale)
                        : Formats.date(s.startsOn(), locale) + " – " + Formats.date(s.endsOn(), locale)))
                .orElseGet(() -> getTranslation("region.stage.between"));
        var next = now.next().map(s -> getTranslation("region.stage.next", getTranslation(s.stage().key()),
                Formats.date(s.startsOn(), locale)))
                .orElseGet(() -> getTranslation(now.current().isPresent() ? "region.stage.last" : "region.stage.done"));
        return current + " · " + next;
    }

    /** A headline card: title, value, detail and when it last changed (absolute, and an "ago" the browser counts up). */
    private BoardCards.Card figure(Map<Figure, String> texts, Snapshot snapshot, Figure figure, String value, String detail) {
        var name = figure.name().toLowerCase(java.util.Locale.ROOT);
        var changedAt = snapshot.changedAt().get(figure);
        var at = changedAt.atZone(Formats.WIB);
        var changed = getTranslation("board.updated", TIME.format(at),
                at.toLocalDate().equals(Formats.today(clock)) ? ""
                        : Formats.date(at.toLocalDate(), getLocale())).strip();
        // The browser counts from its own clock: translate the (possibly demo) time into wall-clock time.
        var age = clock.millis() - changedAt.toEpochMilli();
        texts.put(figure, value + " | " + detail);
        return new BoardCards.Card(name, getTranslation("board.figure." + name), value, detail, changed,
                System.currentTimeMillis() - age);
    }

    /**
     * The map of the snapshot shown, all tiles or, with an IKP level chosen, the tiles without it faded: each filtered
     * map drawn once per snapshot, language and level, shared like the rest of the board.
     */
    private void showMap() {
        if (snapshot == null || drawing == null) {
            return;
        }
        var level = vulnerability.getValue();
        map.show(level == null ? drawing.map()
                : snapshot.drawing("board-map:" + getLocale().toLanguageTag() + ":" + level, () -> map(snapshot.board(), level)));
    }

    /** The tiles, their colour key and how to use them; with {@code level}, the tiles without that IKP level faded. */
    TileBoard.Drawing map(Board board, VulnerabilityLevel level) {
        var tiles = new ArrayList<Tile>(board.areas().size());
        long matching = 0;
        for (var area : board.areas()) {
            var variant = area.band().cssClass();
            if (level != null) {
                if (board.hasVulnerability(area, level)) {
                    matching++;
                } else {
                    variant += FADED;
                }
            }
            tiles.add(new Tile(area.code(), area.name(), caption(board, area), area.band() == ReadinessBand.NONE ? "–"
                    : area.verifiedPercent() + "%", variant, tooltip(board, area)));
        }
        // A province tile opens the province's board, a kabupaten/kota tile the region page.
        var drawing = board.national()
                ? TileBoard.provinceMap(tiles, getTranslation("board.map.aria.national"),
                        tile -> NationalBoardView.PATH + "/" + tile.code())
                : TileBoard.grid(tiles, getTranslation("board.map.aria.province"), tile -> "wilayah/" + tile.code());
        var entries = new ArrayList<TileBoard.LegendEntry>();
        for (var band : ReadinessBand.values()) {
            entries.add(new TileBoard.LegendEntry(band.cssClass(), bandLabel(band, board)));
        }
        var note = getTranslation(board.national() ? "board.map.note.national" : "board.map.note.province");
        if (level != null) {
            note = getTranslation(board.national() ? "board.vulnerability.note.national" : "board.vulnerability.note.province",
                    getTranslation("vulnerability.level." + level.name()), matching, board.areas().size(),
                    board.countVulnerability(board.national() ? "" : board.provinceCode(), level)) + " " + note;
        }
        return drawing.withLegend(getTranslation("chart.tiles.legend"), entries, note);
    }

    private String caption(Board board, Area area) {
        if (board.national()) {
            return SHORT.getOrDefault(area.code(), area.name());
        }
        return area.code().contains(".") ? area.name().replaceFirst("^Kabupaten ", "")
                : getTranslation("board.map.province-tile");
    }

    private String tooltip(Board board, Area area) {
        var locale = getLocale();
        var text = getTranslation("board.map.tooltip", area.verifiedPercent(), area.reportedPercent(),
                Formats.number(area.ready(), locale), Formats.number(area.regions(), locale),
                Formats.number(area.overdueItems(), locale));
        var own = board.vulnerability().get(area.code());
        if (own != null) {
            text += " · " + getTranslation("vulnerability.badge", getTranslation("vulnerability.level." + own.name()));
        }
        if (board.national() && !area.code().contains(".")) {
            var high = board.countVulnerability(area.code() + ".", VulnerabilityLevel.TINGGI);
            if (high > 0) {
                text += " · " + getTranslation("board.vulnerability.tooltip.high", high);
            }
        }
        return text;
    }

    String bandLabel(ReadinessBand band, Board board) {
        return getTranslation("board.band." + band.name() + ".legend", board.readyPercent(), board.lowBelow(),
                board.readyPercent() - 1);
    }

    /** Rows a list shows before "show all": the page grows, the list never scrolls inside it. */
    static final int LIST_ROWS = 10;

    /**
     * The lists: this week's deadlines, the overdue checklist items by age, the least ready regions, the
     * deadlines ahead and what is overdue (at most 50 rows each, see Board), each row about a region the user may
     * open (or, on the national board's ageing list, a province's board).
     */
    private List<BoardList> lists(Board b) {
        var leastReady = new ArrayList<Row>(b.leastReady().size());
        for (var area : b.leastReady()) {
            leastReady.add(new Row(area.code(), List.of(Cell.region(area.name()),
                    Cell.num(area.verifiedPercent() + "%", area.verifiedPercent()),
                    Cell.num(area.reportedPercent() + "%", area.reportedPercent()),
                    Cell.num(number(area.overdueItems()), area.overdueItems()))));
        }
        var o = b.overdueCounts();
        var recap = b.national() ? "checklist/rekap" : "checklist/rekap?provinsi=" + b.provinceCode();
        return List.of(
                thisWeek(b),
                aged(b, recap),
                list("least-ready", getTranslation("board.least-ready.title"), "", List.of(header("board.column.region", false),
                        header("board.column.verified", true), header("board.column.reported", true),
                        header("board.column.overdue-items", true)), leastReady, recap,
                        getTranslation("board.list.recap")),
                deadlines("upcoming", getTranslation("board.upcoming.title", b.deadlineDays()), "", b.upcoming(), false,
                        null, null),
                deadlines("overdue", getTranslation("board.overdue.title"), getTranslation("board.overdue.summary",
                        number(o.checklistItems()), number(o.regionsWithOverdueItems()), number(o.pjReports()),
                        number(o.tranches()), number(o.terms())), b.overdue(), true, "kepala-daerah/peringatan",
                        getTranslation("board.list.alerts")));
    }

    /** "Minggu ini": due in the next 7 days and overdue since the last 7, earliest first. */
    private BoardList thisWeek(Board b) {
        var rows = new ArrayList<Row>(b.thisWeek().size());
        for (var d : b.thisWeek()) {
            var region = d.kind() == Board.DeadlineKind.CHECKLIST_DUE
                    ? Cell.text(getTranslation("board.week.regions", d.amount()))
                    : Cell.region(d.regionName());
            rows.add(new Row(d.regionCode(), List.of(
                    Cell.nowrap(Formats.date(d.date(), getLocale()), d.date().toString()),
                    Cell.nowrap(d.days() < 0 ? getTranslation("board.days-late", -d.days())
                            : d.days() == 0 ? getTranslation("board.today") : getTranslation("board.days-left", d.days()),
                            d.days()),
                    Cell.text(getTranslation("board.kind." + d.kind().name().toLowerCase(java.util.Locale.ROOT))),
                    region, Cell.text(detail(d)))));
        }
        var due = b.thisWeek().stream().filter(d -> d.days() >= 0).count();
        return list("this-week", getTranslation("board.week.title"),
                getTranslation("board.week.summary", due, b.thisWeek().size() - due),
                List.of(header("board.column.date", false), header("board.column.when", false),
                        header("board.column.kind", false), header("board.column.region", false),
                        header("board.column.detail", false)), rows, null, null);
    }

    /** Overdue checklist items by age, per province (national) or region, the worst first. */
    private BoardList aged(Board b, String recap) {
        var rows = new ArrayList<Row>(b.aged().size());
        for (var a : b.aged()) {
            var cells = List.of(Cell.region(a.name()), Cell.num(number(a.week()), a.week()),
                    Cell.num(number(a.month()), a.month()), Cell.num(number(a.older()), a.older()),
                    Cell.num(number(a.total()), a.total()));
            rows.add(b.national() ? new Row(a.code(), NationalBoardView.PATH + "/" + a.code(), cells)
                    : new Row(a.code(), cells));
        }
        var t = b.agedTotal();
        return list("aged", getTranslation("board.aged.title"),
                t.total() == 0 ? "" : getTranslation("board.aged.summary", t.total(), t.older(), t.month(), t.week(),
                        b.aged().size()),
                List.of(header(b.national() ? "board.column.province" : "board.column.region", false),
                        header("board.column.aged.week", true), header("board.column.aged.month", true),
                        header("board.column.aged.older", true), header("board.column.aged.total", true)),
                rows, recap, getTranslation("board.list.recap"));
    }

    private BoardList deadlines(String name, String title, String summary, List<Deadline> deadlines, boolean late,
            String link, String linkText) {
        var rows = new ArrayList<Row>(deadlines.size());
        for (var d : deadlines) {
            rows.add(new Row(d.regionCode(), List.of(
                    Cell.nowrap(d.date() == null ? "" : Formats.date(d.date(), getLocale()),
                            d.date() == null ? "" : d.date().toString()),
                    Cell.nowrap(d.date() == null ? "" : late ? getTranslation("board.days-late", -d.days())
                            : d.days() == 0 ? getTranslation("board.today") : getTranslation("board.days-left", d.days()),
                            d.date() == null ? null : d.days()),
                    Cell.text(getTranslation("board.kind." + d.kind().name().toLowerCase(java.util.Locale.ROOT))),
                    Cell.region(d.regionName()), Cell.text(detail(d)))));
        }
        return list(name, title, summary, List.of(header("board.column.date", false),
                header(late ? "board.column.late" : "board.column.in", false), header("board.column.kind", false),
                header("board.column.region", false), header("board.column.detail", false)), rows, link, linkText);
    }

    private BoardList list(String name, String title, String summary, List<Header> headers, List<Row> rows,
            String link, String linkText) {
        return new BoardList(name, title, summary, headers, List.copyOf(rows), getTranslation("board.list.empty"),
                LIST_ROWS, getTranslation("board.list.more", rows.size()), getTranslation("board.list.less"), link,
                linkText);
    }

    private Header header(String key, boolean numeric) {
        return new Header(getTranslation(key), numeric);
    }

    /** What a deadline is about, in words. */
    String detail(Deadline d) {
        return switch (d.kind()) {
            case TERM_END -> getTranslation("board.detail.term", getTranslation("board.status." + d.status().name()),
                    d.person());
            case PJ_REPORT -> getTranslation("board.detail.report", d.number(), d.person());
            case TRANCHE -> getTranslation("board.detail.tranche",
                    getTranslation("board.recipient." + d.recipient().name()), d.number(),
                    id.go.kemendagri.siap.budget.Rupiah.format(d.amount(), getLocale()));
            case CHECKLIST -> getTranslation("board.detail.checklist", number(d.number()));
            case CHECKLIST_DUE -> getTranslation("board.detail.checklist-due", d.number());
        };
    }

    private static long count(Map<? extends Enum<?>, Long> counts, String name) {
        return counts.entrySet().stream().filter(e -> e.getKey().name().equals(name)).mapToLong(Map.Entry::getValue)
                .sum();
    }

    private String percentOf(long part, long whole) {
        return Formats.decimal(whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 10.0, getLocale());
    }

    private String number(long value) {
        return Formats.number(value, getLocale());
    }
}
