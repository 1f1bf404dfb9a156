package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.Grid;

/** A grid shows its card column alone on a phone, its key columns on a tablet and every column on a desktop. */
class NarrowColumnsTest {

    @Test
    void the_card_column_replaces_the_columns_on_a_phone_and_back() {
        var grid = new Grid<String>();
        var name = grid.addColumn(s -> s);
        var length = grid.addColumn(String::length);
        var card = grid.addColumn(Pieces.card(s -> List.of(Piece.text(s))));
        NarrowColumns.install(grid, card);
        assertThat(card.isVisible()).isFalse();

        NarrowColumns.apply(grid, card, 390);
        assertThat(card.isVisible()).isTrue();
        assertThat(name.isVisible()).isFalse();
        assertThat(length.isVisible()).isFalse();
        assertThat(NarrowColumns.narrow(grid)).isTrue();

        NarrowColumns.apply(grid, card, 820);
        assertThat(card.isVisible()).isFalse();
        assertThat(name.isVisible()).isTrue();
        assertThat(length.isVisible()).isTrue();
        assertThat(NarrowColumns.narrow(grid)).isFalse();

        NarrowColumns.apply(grid, card, 0);   // width unknown: the ordinary columns
        assertThat(card.isVisible()).isFalse();
    }

    @Test
    void a_tablet_leaves_out_the_less_important_columns() {
        var grid = new Grid<String>();
        var name = grid.addColumn(s -> s);
        var length = grid.addColumn(String::length);
        var card = grid.addColumn(Pieces.card(s -> List.of(Piece.text(s))));
        NarrowColumns.install(grid, card, List.of(length));

        NarrowColumns.apply(grid, card, List.of(length), 820);
        assertThat(List.of(name.isVisible(), length.isVisible(), card.isVisible())).containsExactly(true, false, false);
        assertThat(grid.getElement().getThemeList()).contains("tablet");

        NarrowColumns.apply(grid, card, List.of(length), 1440);
        assertThat(List.of(name.isVisible(), length.isVisible(), card.isVisible())).containsExactly(true, true, false);
        assertThat(grid.getElement().getThemeList()).doesNotContain("tablet");

        NarrowColumns.apply(grid, card, List.of(length), 390);
        assertThat(List.of(name.isVisible(), length.isVisible(), card.isVisible())).containsExactly(false, false, true);
    }
}
