package id.go.kemendagri.siap.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.grid.Grid;

/** A grid shows its card column alone on a phone, its key columns on a tablet and every column on a desktop. */
class NarrowColumnsTest {

    /** A new grid for each test: a name and a length column, and the card that stands for both on a phone. */
    private final Grid<String> grid = new Grid<>();
    private final Grid.Column<String> name = grid.addColumn(s -> s);
    private final Grid.Column<String> length = grid.addColumn(String::length);
    private final Grid.Column<String> card = grid.addColumn(Pieces.card(s -> List.of(Piece.text(s))));

    /** Whether the name, the length and the card column are shown. */
    private List<Boolean> shown() {
        return List.of(name.isVisible(), length.isVisible(), card.isVisible());
    }

    @Test
    void the_card_column_replaces_the_columns_on_a_phone_and_back() {
        NarrowColumns.install(grid, card);
        assertThat(card.isVisible()).isFalse();

        NarrowColumns.apply(grid, card, 390);
        assertThat(shown()).containsExactly(false, false, true);
        assertThat(NarrowColumns.narrow(grid)).isTrue();

        NarrowColumns.apply(grid, card, 820);
        assertThat(shown()).containsExactly(true, true, false);
        assertThat(NarrowColumns.narrow(grid)).isFalse();

        NarrowColumns.apply(grid, card, 0);   // width unknown: the ordinary columns
        assertThat(card.isVisible()).isFalse();
    }

    @Test
    void a_tablet_leaves_out_the_less_important_columns() {
        NarrowColumns.install(grid, card, List.of(length));

        NarrowColumns.apply(grid, card, List.of(length), 820);
        assertThat(shown()).containsExactly(true, false, false);
        assertThat(grid.getElement().getThemeList()).contains("tablet");

        NarrowColumns.apply(grid, card, List.of(length), 1440);
        assertThat(shown()).containsExactly(true, true, false);
        assertThat(grid.getElement().getThemeList()).doesNotContain("tablet");

        NarrowColumns.apply(grid, card, List.of(length), 390);
        assertThat(shown()).containsExactly(false, false, true);
    }
}
