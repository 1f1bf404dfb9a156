package id.go.kemendagri.siap.dashboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.ui.chart.ChartCard;
import id.go.kemendagri.siap.base.ui.chart.ChartKind;
import id.go.kemendagri.siap.base.ui.chart.ChartModel;
import id.go.kemendagri.siap.base.ui.chart.ChartSeries;
import id.go.kemendagri.siap.base.ui.chart.ValueFormat;
import id.go.kemendagri.siap.dashboard.Board;
import id.go.kemendagri.siap.dashboard.ReadinessBand;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.NeutralityBand;

/**
 * The board's charts, each with its table alternative and CSV: regions by readiness band, NPHD agreed
 * and disbursed per recipient, the latest Pj evaluation categories and neutrality bands. Drawn once per
 * board snapshot and language ({@link #draw}); live updates give the same charts new data (merged in the
 * browser, no flicker).
 */
@StyleSheet(ChartCard.STYLES)
class BoardCharts extends Div {

    final ChartCard bands = new ChartCard();
    final ChartCard funds = new ChartCard();
    final ChartCard categories = new ChartCard();
    final ChartCard neutrality = new ChartCard();

    BoardCharts() {
        addClassName("board-charts");
        for (var card : List.of(bands, funds, categories, neutrality)) {
            card.addClassName("board-chart");
            add(card);
        }
    }

    void show(List<ChartCard.Drawing> drawings) {
        bands.show(drawings.get(0));
        funds.show(drawings.get(1));
        categories.show(drawings.get(2));
        neutrality.show(drawings.get(3));
    }

    /** The four cards' drawings, in the order of {@link #show}. */
    List<ChartCard.Drawing> draw(Board board, BiFunction<ReadinessBand, Board, String> bandLabel) {
        var bandNames = new ArrayList<String>();
        var bandCounts = new ArrayList<Long>();
        var bandColors = new ArrayList<String>();
        for (var band : ReadinessBand.values()) {
            bandNames.add(bandLabel.apply(band, board));
            bandCounts.add(board.bands().getOrDefault(band, 0L));
            bandColors.add(band.color());
        }
        var bandsModel = ChartModel.of(ChartKind.HORIZONTAL_BAR, getTranslation("board.chart.bands.title"), bandNames,
                ValueFormat.NUMBER, ChartSeries.of(getTranslation("board.chart.bands.series"), bandCounts)
                        .withPointColors(bandColors));

        var recipients = new ArrayList<String>();
        var agreed = new ArrayList<Long>();
        var disbursed = new ArrayList<Long>();
        for (var f : board.funds()) {
            recipients.add(getTranslation("board.recipient." + f.recipient().name()));
            agreed.add(f.agreed());
            disbursed.add(f.disbursed());
        }
        var fundsModel = ChartModel.of(ChartKind.BAR, getTranslation("board.chart.funds.title"), recipients,
                ValueFormat.RUPIAH_COMPACT,
                ChartSeries.of(getTranslation("board.chart.funds.agreed"), agreed).withColor("#1f5fa8"),
                ChartSeries.of(getTranslation("board.chart.funds.disbursed"), disbursed).withColor("#2e7d32"));

        var categoryNames = new ArrayList<String>();
        var categoryCounts = new ArrayList<Long>();
        for (var category : EvaluationCategory.values()) {
            categoryNames.add(getTranslation("board.category." + category.name()));
            categoryCounts.add(board.heads().byCategory().getOrDefault(category, 0L));
        }
        var categoriesModel = ChartModel.of(ChartKind.DONUT, getTranslation("board.chart.categories.title"),
                categoryNames, ValueFormat.NUMBER, ChartSeries.of(getTranslation("board.chart.heads.series"),
                        categoryCounts).withPointColors(List.of("#2e7d32", "#fbc02d", "#b71c1c")));

        var bandsOfNeutrality = new ArrayList<String>();
        var neutralityCounts = new ArrayList<Long>();
        for (var band : List.of(NeutralityBand.HIJAU, NeutralityBand.KUNING, NeutralityBand.MERAH)) {
            bandsOfNeutrality.add(getTranslation("board.neutrality." + band.name()));
            neutralityCounts.add(board.heads().byBand().getOrDefault(band, 0L));
        }
        var neutralityModel = ChartModel.of(ChartKind.DONUT, getTranslation("board.chart.neutrality.title"),
                bandsOfNeutrality, ValueFormat.NUMBER, ChartSeries.of(getTranslation("board.chart.heads.series"),
                        neutralityCounts).withPointColors(List.of("#2e7d32", "#fbc02d", "#b71c1c")));
        return List.of(card("bands", "kategori-kesiapan", bandsModel), card("funds", "penyaluran-nphd", fundsModel),
                card("categories", "evaluasi-pj", categoriesModel), card("neutrality", "netralitas-pj", neutralityModel));
    }

    private ChartCard.Drawing card(String name, String fileName, ChartModel model) {
        return ChartCard.draw(name, new ChartCard.Labels(getTranslation("board.chart." + name),
                getTranslation("board.chart." + name + ".category"), fileName), model, getLocale(), this::getTranslation);
    }
}
