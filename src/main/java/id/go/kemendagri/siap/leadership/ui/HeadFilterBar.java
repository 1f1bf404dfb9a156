package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.FilterBar;
import id.go.kemendagri.siap.leadership.EvaluationCategory;
import id.go.kemendagri.siap.leadership.HeadFilter;
import id.go.kemendagri.siap.leadership.HeadStatus;
import id.go.kemendagri.siap.leadership.NeutralityBand;

/**
 * The heads grid's filters and their URL form:
 * {@code ?provinsi=62&status=PJ&berakhir=90&terlambat=ya&kategori=KURANG&netralitas=MERAH&cari=seruyan}.
 */
class HeadFilterBar extends FilterBar<HeadFilter> {

    static final String STATUS = "status";
    static final String ENDING = "berakhir";
    static final String OVERDUE = "terlambat";
    static final String CATEGORY = "kategori";
    static final String BAND = "netralitas";
    static final String SEARCH = "cari";
    static final List<Integer> WINDOWS = List.of(30, 60, 90);
    private static final String CHOICE_WIDTH = "11rem";

    final Select<HeadStatus> status = new Select<>();
    final Select<Integer> ending = new Select<>();
    final Checkbox overdue = new Checkbox();
    final Select<EvaluationCategory> category = new Select<>();
    final Select<NeutralityBand> band = new Select<>();
    final TextField search = new TextField();

    HeadFilterBar(List<Province> provinces, Runnable onChange) {
        super("heads.filter.any", provinces);
        choice(status, "heads.filter.status", HeadStatus.values(), s -> getTranslation("leadership.status." + s.name()))
                .setWidth(CHOICE_WIDTH);
        choice(ending, "heads.filter.ending", WINDOWS.toArray(Integer[]::new),
                d -> getTranslation("heads.filter.ending.days", d)).setWidth(CHOICE_WIDTH);
        choice(category, "heads.filter.category", EvaluationCategory.values(),
                c -> getTranslation("leadership.category." + c.name())).setWidth(CHOICE_WIDTH);
        choice(band, "heads.filter.band", NeutralityBand.values(), b -> getTranslation("leadership.band." + b.name()))
                .setWidth(CHOICE_WIDTH);
        overdue.setLabel(getTranslation("heads.filter.overdue"));
        search.setLabel(getTranslation("heads.filter.search"));
        search.setPlaceholder(getTranslation("heads.filter.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(60);
        search.addClassName("head-search");
        onChange(onChange, List.of(province, status, ending, overdue, category, band, search));
        add(province, status, ending, category, band, search, overdue);
        addClassName("head-filters");
    }

    @Override
    public HeadFilter filter() {
        var text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().strip();
        return new HeadFilter(province.code(), status.getValue(),
                ending.getValue(), overdue.getValue(), category.getValue(), band.getValue(), text);
    }

    @Override
    public QueryParameters toQuery(HeadFilter filter) {
        return query().put(PROVINCE, filter.provinceCode()).put(STATUS, filter.status())
                .put(ENDING, filter.endingWithinDays()).flag(OVERDUE, filter.overdueOnly())
                .put(CATEGORY, filter.category()).put(BAND, filter.band()).put(SEARCH, filter.search()).build();
    }

    @Override
    protected void applyFields(QueryParameters params) {
        status.setValue(param(params, STATUS, HeadStatus.class).orElse(null));
        ending.setValue(param(params, ENDING).flatMap(v -> WINDOWS.stream().filter(w -> w.toString().equals(v))
                .findFirst()).orElse(null));
        overdue.setValue(flag(params, OVERDUE));
        category.setValue(param(params, CATEGORY, EvaluationCategory.class).orElse(null));
        band.setValue(param(params, BAND, NeutralityBand.class).orElse(null));
        search.setValue(param(params, SEARCH).map(s -> s.length() > 60 ? s.substring(0, 60) : s).orElse(""));
    }
}
