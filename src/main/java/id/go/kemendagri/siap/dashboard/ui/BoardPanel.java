package id.go.kemendagri.siap.dashboard.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.dashboard.Board;
import id.go.kemendagri.siap.dashboard.Board.Area;
import id.go.kemendagri.siap.dashboard.Board.Deadline;
import id.go.kemendagri.siap.dashboard.BoardService.Figure;
import id.go.kemendagri.siap.dashboard.BoardService.Snapshot;

/**
 * One board on screen: headline figures with their "last updated" time, the tiles, the charts and the
 * lists. Built once; {@link #show} updates the same components in place, so a live update changes
 * text and values without rebuilding anything (no flicker, scroll position kept).
 */
class BoardPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm.ss");

    private final transient Clock clock;
    private final H2 title = new H2();
    private final Paragraph subtitle = new Paragraph();
    private final Span demoBadge = new Span();
    final HorizontalLayout actions = new HorizontalLayout();
    private final Map<Figure, Headline> headlines = new EnumMap<>(Figure.class);
    final BoardMap map;
    final BoardCharts charts;
    final Grid<Area> leastReady = new Grid<>();
    final Grid<Deadline> upcoming = new Grid<>();
    final Grid<Deadline> overdue = new Grid<>();
    private final H3 upcomingTitle = new H3();
    private final Paragraph overdueSummary = new Paragraph();
    private Board board;

    BoardPanel(Clock clock, boolean demo, Consumer<String> openArea) {
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

        var figures = new Div();
        figures.addClassName("board-figures");
        for (var figure : Figure.values()) {
            var headline = new Headline(figure);
            headlines.put(figure, headline);
            figures.add(headline);
        }
        map = new BoardMap(openArea);
        charts = new BoardCharts();
        add(header, figures, section("board.map.title", map), charts, lists());
    }

    private Component lists() {
        leastReady.addColumn(regionLink(Area::code, Area::name))
                .setHeader(getTranslation("board.column.region")).setFlexGrow(2);
        leastReady.addColumn(area -> area.verifiedPercent() + "%").setHeader(getTranslation("board.column.verified"))
                .setAutoWidth(true).setFlexGrow(0);
        leastReady.addColumn(area -> area.reportedPercent() + "%").setHeader(getTranslation("board.column.reported"))
                .setAutoWidth(true).setFlexGrow(0);
        leastReady.addColumn(area -> number(area.overdueItems())).setHeader(getTranslation("board.column.overdue-items"))
                .setAutoWidth(true).setFlexGrow(0);
        deadlineColumns(upcoming, false);
        deadlineColumns(overdue, true);
        for (var grid : List.of(leastReady, upcoming, overdue)) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setHeight("22rem");
            grid.setWidthFull();
        }
        leastReady.addClassName("least-ready");
        upcoming.addClassName("upcoming");
        overdue.addClassName("overdue");
        var lists = new Div(section("board.least-ready.title", leastReady), section(upcomingTitle, upcoming),
                section("board.overdue.title", new Div(overdueSummary, overdue)));
        lists.addClassName("board-lists");
        return lists;
    }

    private void deadlineColumns(Grid<Deadline> grid, boolean late) {
        grid.addColumn(d -> d.date() == null ? "" : Formats.date(d.date(), getLocale()))
                .setHeader(getTranslation("board.column.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(d -> d.date() == null ? "" : late ? getTranslation("board.days-late", -d.days())
                : d.days() == 0 ? getTranslation("board.today") : getTranslation("board.days-left", d.days()))
                .setHeader(getTranslation(late ? "board.column.late" : "board.column.in")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> getTranslation("board.kind." + d.kind().name().toLowerCase(java.util.Locale.ROOT)))
                .setHeader(getTranslation("board.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(regionLink(Deadline::regionCode, Deadline::regionName))
                .setHeader(getTranslation("board.column.region")).setFlexGrow(2);
        grid.addColumn(this::detail).setHeader(getTranslation("board.column.detail")).setFlexGrow(2);
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

    /**
     * A link to the region page drawn in the browser from the row's data: no server-side component per
     * row, so a board keeps no elements for its list rows.
     */
    private static <T> LitRenderer<T> regionLink(ValueProvider<T, String> code, ValueProvider<T, String> name) {
        return LitRenderer.<T>of("<a class=\"region-link\" href=\"wilayah/${item.code}\" router-link>${item.name}</a>")
                .withProperty("code", code).withProperty("name", name);
    }

    private Div section(String titleKey, Component content) {
        return section(new H3(getTranslation(titleKey)), content);
    }

    private static Div section(H3 heading, Component content) {
        var section = new Div(heading, content);
        section.addClassName("board-section");
        return section;
    }

    Board board() {
        return board;
    }

    /** The value and detail a headline shows now. */
    String figureText(Figure figure) {
        var headline = headlines.get(figure);
        return headline.value.getText() + " | " + headline.detail.getText();
    }

    /** Shows a (new) snapshot, updating the components in place. */
    void show(Snapshot snapshot) {
        board = snapshot.board();
        var b = board;
        var locale = getLocale();
        title.setText(b.national() ? getTranslation("board.title.national")
                : getTranslation("board.title.province", b.provinceName()));
        var daysToVote = ChronoUnit.DAYS.between(b.today(), b.voteDate());
        subtitle.setText(getTranslation("board.subtitle", b.cycleName(), Formats.date(b.today(), locale),
                Formats.date(b.voteDate(), locale), daysToVote));
        var h = b.headline();
        headlines.get(Figure.READY).show(getTranslation("board.figure.ready.value", number(h.ready()), number(h.regions())),
                getTranslation("board.figure.ready.detail", b.readyPercent(), percentOf(h.ready(), h.regions())),
                snapshot.changedAt().get(Figure.READY));
        headlines.get(Figure.READINESS).show(Formats.decimal(h.averageVerified(), locale) + "%",
                getTranslation("board.figure.readiness.detail", Formats.decimal(h.averageReported(), locale),
                        number(h.waitingVerification())),
                snapshot.changedAt().get(Figure.READINESS));
        var funds = b.funds();
        var fundLines = new StringBuilder();
        long signed = 0, grants = 0, agreed = 0, disbursed = 0;
        for (var f : funds) {
            signed += f.signed();
            grants += f.grants();
            agreed += f.agreed();
            disbursed += f.disbursed();
            fundLines.append(getTranslation("board.figure.funds.line", getTranslation("board.recipient." + f.recipient().name()),
                    number(f.signed()), number(f.grants()), Formats.decimal(f.disbursedPercent(), locale))).append('\n');
        }
        headlines.get(Figure.FUNDS).show(getTranslation("board.figure.funds.value", number(signed), number(grants)),
                fundLines.toString().strip(), snapshot.changedAt().get(Figure.FUNDS));
        var heads = b.heads();
        headlines.get(Figure.HEADS).show(getTranslation("board.figure.heads.value", number(h.pjRegions())),
                getTranslation("board.figure.heads.detail", number(h.caretakerRegions()),
                        number(count(heads.byCategory(), "BAIK")), number(count(heads.byCategory(), "CUKUP")),
                        number(count(heads.byCategory(), "KURANG")), number(count(heads.byBand(), "MERAH"))),
                snapshot.changedAt().get(Figure.HEADS));
        var o = b.overdueCounts();
        headlines.get(Figure.OVERDUE).show(getTranslation("board.figure.overdue.value", number(o.checklistItems())),
                getTranslation("board.figure.overdue.detail", number(o.regionsWithOverdueItems()), number(o.pjReports()),
                        number(o.tranches()), number(o.terms())),
                snapshot.changedAt().get(Figure.OVERDUE));
        map.show(b);
        charts.show(b, map);
        leastReady.setItems(b.leastReady());
        upcomingTitle.setText(getTranslation("board.upcoming.title", b.deadlineDays()));
        upcoming.setItems(b.upcoming());
        overdueSummary.setText(getTranslation("board.overdue.summary", number(o.checklistItems()),
                number(o.regionsWithOverdueItems()), number(o.pjReports()), number(o.tranches()), number(o.terms())));
        overdue.setItems(b.overdue());
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
    }

    /** A headline card: title, value, detail and when it last changed (absolute, and ticking "ago"). */
    private final class Headline extends Div {

        private final Span value = new Span();
        private final Span detail = new Span();
        private final Span changed = new Span();
        private final Span ago = new Span();

        Headline(Figure figure) {
            var name = figure.name().toLowerCase(java.util.Locale.ROOT);
            var label = new Span(getTranslation("board.figure." + name));
            label.addClassName("figure-title");
            value.addClassName("figure-value");
            detail.addClassName("figure-detail");
            var updated = new Span(changed, new Span(" · "), ago);
            updated.addClassName("figure-updated");
            ago.getElement().setAttribute("data-lang", getLocale().getLanguage().equals("en") ? "en" : "id");
            ago.getElement().setAttribute("aria-live", "off");
            add(label, value, detail, updated);
            addClassNames("board-figure", "figure-" + name);
        }

        void show(String valueText, String detailText, Instant changedAt) {
            value.setText(valueText);
            detail.setText(detailText);
            var at = changedAt.atZone(Formats.WIB);
            changed.setText(getTranslation("board.updated", TIME.format(at),
                    at.toLocalDate().equals(LocalDate.now(clock.withZone(Formats.WIB))) ? ""
                            : Formats.date(at.toLocalDate(), getLocale())).strip());
            // The browser counts from its own clock: translate the (possibly demo) time into wall-clock time.
            var age = clock.millis() - changedAt.toEpochMilli();
            ago.getElement().setAttribute("data-changed", Long.toString(System.currentTimeMillis() - age));
        }
    }
}
