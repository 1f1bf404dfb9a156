package id.go.kemendagri.siap.dashboard.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.base.ui.chart.ChartCard;
import id.go.kemendagri.siap.base.ui.chart.ChartScripts;
import id.go.kemendagri.siap.base.ui.chart.Tile;
import id.go.kemendagri.siap.base.ui.chart.TileBoard;
import id.go.kemendagri.siap.base.ui.chart.TileLegend;
import id.go.kemendagri.siap.dashboard.Board;
import id.go.kemendagri.siap.dashboard.Board.Area;
import id.go.kemendagri.siap.dashboard.Board.Deadline;
import id.go.kemendagri.siap.dashboard.BoardService.Figure;
import id.go.kemendagri.siap.dashboard.BoardService.Snapshot;
import id.go.kemendagri.siap.dashboard.ReadinessBand;

/**
 * One board on screen: headline figures with their "last updated" time, the tiles, the charts and the
 * lists. What it shows is drawn once per board snapshot and language as HTML and chart options
 * ({@link Drawing}) and shared by every screen showing that board: an open board keeps about twenty
 * server-side elements and no copy of the data (see "Heap kept per open session" in docs/performance.md).
 * {@link #show} puts a new drawing into the same elements, so a live update changes text and values without
 * rebuilding the page (scroll position kept, a shown chart table stays shown, charts animate).
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
    private final Span demoBadge = new Span();
    final HorizontalLayout actions = new HorizontalLayout();
    private final Div figures = new Div();
    private final Div map = new Div();
    final BoardCharts charts;
    private final Div lists = new Div();
    private Board board;
    private Drawing drawing;

    /** What a board shows in one language, shared by every screen showing the same snapshot. */
    record Drawing(String title, String subtitle, String figures, String map, List<ChartCard.Drawing> charts,
            String lists, Map<Figure, String> figureTexts) {
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
        var header = new Div(titleRow, subtitle, actions);
        header.addClassName("board-header");
        subtitle.addClassName("board-subtitle");
        figures.addClassName("board-figures");
        map.addClassName("board-map");
        var mapSection = new Div(new H3(getTranslation("board.map.title")), map);
        mapSection.addClassName("board-section");
        charts = new BoardCharts();
        lists.addClassName("board-lists");
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
        board = snapshot.board();
        var next = snapshot.drawing("board-panel:" + getLocale().toLanguageTag(), () -> draw(snapshot));
        if (next == drawing) {
            return;
        }
        drawing = next;
        title.setText(next.title());
        subtitle.setText(next.subtitle());
        figures.getElement().setProperty("innerHTML", next.figures());
        map.getElement().setProperty("innerHTML", next.map());
        charts.show(next.charts());
        lists.getElement().setProperty("innerHTML", next.lists());
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
        var figures = new Markup();
        var h = b.headline();
        figure(figures, texts, snapshot, Figure.READY,
                getTranslation("board.figure.ready.value", number(h.ready()), number(h.regions())),
                getTranslation("board.figure.ready.detail", b.readyPercent(), percentOf(h.ready(), h.regions())));
        figure(figures, texts, snapshot, Figure.READINESS, Formats.decimal(h.averageVerified(), locale) + "%",
                getTranslation("board.figure.readiness.detail", Formats.decimal(h.averageReported(), locale),
                        number(h.waitingVerification())));
        var fundLines = new StringBuilder();
        long signed = 0, grants = 0;
        for (var f : b.funds()) {
            signed += f.signed();
            grants += f.grants();
            fundLines.append(getTranslation("board.figure.funds.line", getTranslation("board.recipient." + f.recipient().name()),
                    number(f.signed()), number(f.grants()), Formats.decimal(f.disbursedPercent(), locale))).append('\n');
        }
        figure(figures, texts, snapshot, Figure.FUNDS, getTranslation("board.figure.funds.value", number(signed), number(grants)),
                fundLines.toString().strip());
        var heads = b.heads();
        figure(figures, texts, snapshot, Figure.HEADS, getTranslation("board.figure.heads.value", number(h.pjRegions())),
                getTranslation("board.figure.heads.detail", number(h.caretakerRegions()),
                        number(count(heads.byCategory(), "BAIK")), number(count(heads.byCategory(), "CUKUP")),
                        number(count(heads.byCategory(), "KURANG")), number(count(heads.byBand(), "MERAH"))));
        var o = b.overdueCounts();
        figure(figures, texts, snapshot, Figure.OVERDUE, getTranslation("board.figure.overdue.value", number(o.checklistItems())),
                getTranslation("board.figure.overdue.detail", number(o.regionsWithOverdueItems()), number(o.pjReports()),
                        number(o.tranches()), number(o.terms())));
        return new Drawing(title, subtitle, figures.toString(), map(b), charts.draw(b, this::bandLabel), lists(b), Map.copyOf(texts));
    }

    /** A headline card: title, value, detail and when it last changed (absolute, and an "ago" the browser counts up). */
    private void figure(Markup html, Map<Figure, String> texts, Snapshot snapshot, Figure figure, String value, String detail) {
        var name = figure.name().toLowerCase(java.util.Locale.ROOT);
        var changedAt = snapshot.changedAt().get(figure);
        var at = changedAt.atZone(Formats.WIB);
        var changed = getTranslation("board.updated", TIME.format(at),
                at.toLocalDate().equals(LocalDate.now(clock.withZone(Formats.WIB))) ? ""
                        : Formats.date(at.toLocalDate(), getLocale())).strip();
        // The browser counts from its own clock: translate the (possibly demo) time into wall-clock time.
        var age = clock.millis() - changedAt.toEpochMilli();
        html.open("div", "class", "board-figure figure-" + name)
                .element("span", getTranslation("board.figure." + name), "class", "figure-title")
                .element("span", value, "class", "figure-value")
                .element("span", detail, "class", "figure-detail")
                .open("span", "class", "figure-updated").element("span", changed).text(" · ")
                .element("span", "", "data-changed", Long.toString(System.currentTimeMillis() - age), "data-lang",
                        getLocale().getLanguage().equals("en") ? "en" : "id", "aria-live", "off")
                .close("span").close("div");
        texts.put(figure, value + " | " + detail);
    }

    /** The tiles, their colour key and how to use them. */
    private String map(Board board) {
        var tiles = new ArrayList<Tile>(board.areas().size());
        for (var area : board.areas()) {
            tiles.add(new Tile(area.code(), area.name(), caption(board, area), area.band() == ReadinessBand.NONE ? "–"
                    : area.verifiedPercent() + "%", area.band().cssClass(), tooltip(area)));
        }
        var html = new StringBuilder();
        if (board.national()) {
            // A province tile opens the province's board.
            html.append(TileBoard.provinceMap(tiles, getTranslation("board.map.aria.national"),
                    tile -> NationalBoardView.PATH + "/" + tile.code()));
        } else {
            html.append(TileBoard.grid(tiles, getTranslation("board.map.aria.province"), tile -> "wilayah/" + tile.code()));
        }
        var entries = new ArrayList<TileLegend.Entry>();
        for (var band : ReadinessBand.values()) {
            entries.add(new TileLegend.Entry(band.cssClass(), bandLabel(band, board)));
        }
        html.append(TileLegend.html(entries, getTranslation("chart.tiles.legend")));
        html.append(new Markup().element("p", getTranslation(board.national() ? "board.map.note.national"
                : "board.map.note.province"), "class", "board-map-note"));
        return html.toString();
    }

    private String caption(Board board, Area area) {
        if (board.national()) {
            return SHORT.getOrDefault(area.code(), area.name());
        }
        return area.code().contains(".") ? area.name().replaceFirst("^Kabupaten ", "")
                : getTranslation("board.map.province-tile");
    }

    private String tooltip(Area area) {
        var locale = getLocale();
        return getTranslation("board.map.tooltip", area.verifiedPercent(), area.reportedPercent(),
                Formats.number(area.ready(), locale), Formats.number(area.regions(), locale),
                Formats.number(area.overdueItems(), locale));
    }

    String bandLabel(ReadinessBand band, Board board) {
        return getTranslation("board.band." + band.name() + ".legend", board.readyPercent(), board.lowBelow(),
                board.readyPercent() - 1);
    }

    /** The three lists as tables (at most 50 rows each, see Board) with links to the regions. */
    private String lists(Board b) {
        var html = new Markup();
        var leastReady = getTranslation("board.least-ready.title");
        html.open("section", "class", "board-section").element("h3", leastReady);
        table(html, "least-ready", leastReady, List.of("board.column.region", "board.column.verified", "board.column.reported",
                "board.column.overdue-items"), b.leastReady(), (row, area) -> {
                    regionCell(row, area.code(), area.name());
                    row.element("td", area.verifiedPercent() + "%", "class", "num")
                            .element("td", area.reportedPercent() + "%", "class", "num")
                            .element("td", number(area.overdueItems()), "class", "num");
                });
        html.close("section");
        var upcoming = getTranslation("board.upcoming.title", b.deadlineDays());
        html.open("section", "class", "board-section").element("h3", upcoming);
        deadlines(html, "upcoming", upcoming, b.upcoming(), false);
        html.close("section");
        var o = b.overdueCounts();
        var overdue = getTranslation("board.overdue.title");
        html.open("section", "class", "board-section").element("h3", overdue)
                .element("p", getTranslation("board.overdue.summary", number(o.checklistItems()),
                        number(o.regionsWithOverdueItems()), number(o.pjReports()), number(o.tranches()),
                        number(o.terms())), "class", "board-overdue-summary");
        deadlines(html, "overdue", overdue, b.overdue(), true);
        return html.close("section").toString();
    }

    private void deadlines(Markup html, String className, String label, List<Deadline> rows, boolean late) {
        table(html, className, label, List.of("board.column.date", late ? "board.column.late" : "board.column.in",
                "board.column.kind", "board.column.region", "board.column.detail"), rows, (row, d) -> {
                    row.element("td", d.date() == null ? "" : Formats.date(d.date(), getLocale()), "class", "nowrap")
                            .element("td", d.date() == null ? "" : late ? getTranslation("board.days-late", -d.days())
                                    : d.days() == 0 ? getTranslation("board.today")
                                            : getTranslation("board.days-left", d.days()), "class", "nowrap")
                            .element("td", getTranslation("board.kind." + d.kind().name().toLowerCase(java.util.Locale.ROOT)));
                    regionCell(row, d.regionCode(), d.regionName());
                    row.element("td", detail(d));
                });
    }

    private <T> void table(Markup html, String className, String label, List<String> headers, List<T> rows,
            java.util.function.BiConsumer<Markup, T> cells) {
        // Focusable and labelled, so that the scrolling box can be scrolled with the keyboard.
        html.open("div", "class", "board-table-wrap " + className, "tabindex", "0", "role", "region", "aria-label", label)
                .open("table", "class", "board-table").open("thead").open("tr");
        headers.forEach(header -> html.element("th", getTranslation(header), "scope", "col"));
        html.close("tr").close("thead").open("tbody");
        if (rows.isEmpty()) {
            html.open("tr").element("td", getTranslation("board.list.empty"), "colspan",
                    Integer.toString(headers.size()), "class", "board-table-empty").close("tr");
        }
        for (var row : rows) {
            html.open("tr");
            cells.accept(html, row);
            html.close("tr");
        }
        html.close("tbody").close("table").close("div");
    }

    /** A link to the region page: a router link, so the click needs no server-side element or listener. */
    private static void regionCell(Markup row, String code, String name) {
        row.open("td").element("a", name, "class", "region-link", "href", "wilayah/" + code, "router-link", "")
                .close("td");
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

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        // Counts the "x minutes ago" of every headline up once a second, in the browser.
        event.getUI().getPage().executeJs("""
                if (!window.siapBoardAges) {
                  const words = {
                    id: { now: 'baru saja', s: ' detik lalu', m: ' menit lalu', h: ' jam lalu', d: ' hari lalu' },
                    en: { now: 'just now', s: ' s ago', m: ' min ago', h: ' h ago', d: ' days ago' } };
                  const tick = () => document.querySelectorAll('[data-changed]').forEach(el => {
                    const w = words[el.dataset.lang] || words.id;
                    const s = Math.max(0, Math.floor((Date.now() - Number(el.dataset.changed)) / 1000));
                    el.textContent = s < 10 ? w.now : s < 60 ? s + w.s : s < 3600 ? Math.floor(s / 60) + w.m
                      : s < 86400 ? Math.floor(s / 3600) + w.h : Math.floor(s / 86400) + w.d;
                  });
                  window.siapBoardAges = setInterval(tick, 1000);
                  tick();
                }""");
        ChartScripts.install(event.getUI());
    }
}
