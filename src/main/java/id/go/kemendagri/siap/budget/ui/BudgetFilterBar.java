package id.go.kemendagri.siap.budget.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.base.ui.ProvinceFilter;
import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.budget.Band;
import id.go.kemendagri.siap.budget.GrantFilter;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.SigningStage;

/**
 * The grid's filters and their URL form ({@code ?provinsi=62&penerima=KPU&tahap=SIGNED&pita=RED&terlambat=ya}),
 * so that a filtered list can be shared. Provincial staff have their province fixed.
 */
class BudgetFilterBar extends HorizontalLayout {

    static final String PROVINCE = "provinsi";
    static final String RECIPIENT = "penerima";
    static final String STAGE = "tahap";
    static final String BAND = "pita";
    static final String LATE = "terlambat";
    private static final String YES = "ya";

    final ProvinceFilter province;
    final Select<Recipient> recipient = new Select<>();
    final Select<SigningStage> stage = new Select<>();
    final Select<Band> band = new Select<>();
    final Checkbox late = new Checkbox();
    private boolean applyingUrl;

    BudgetFilterBar(List<Province> provinces, Runnable changed) {
        province = new ProvinceFilter(provinces);
        configure(recipient, "budget.filter.recipient", Recipient.values(), r -> Labels.recipient(this, r));
        configure(stage, "budget.filter.stage", SigningStage.values(), s -> Labels.stage(this, s));
        configure(band, "budget.filter.band", Band.values(), b -> Labels.band(this, b));
        late.setLabel(getTranslation("budget.filter.late"));
        province.addValueChangeListener(e -> fire(changed));
        recipient.addValueChangeListener(e -> fire(changed));
        stage.addValueChangeListener(e -> fire(changed));
        band.addValueChangeListener(e -> fire(changed));
        late.addValueChangeListener(e -> fire(changed));
        add(province, recipient, stage, band, late);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        addClassName("budget-filters");
    }

    private <T> void configure(Select<T> select, String labelKey, T[] values,
            com.vaadin.flow.component.ItemLabelGenerator<T> labels) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("budget.filter.any"));
        select.setItemLabelGenerator(v -> v == null ? getTranslation("budget.filter.any") : labels.apply(v));
    }

    private void fire(Runnable changed) {
        if (!applyingUrl) {
            changed.run();
        }
    }

    GrantFilter filter() {
        return new GrantFilter(province.code(), recipient.getValue(),
                stage.getValue(), band.getValue(), late.getValue());
    }

    static QueryParameters toQuery(GrantFilter filter) {
        var params = new HashMap<String, String>();
        if (filter.provinceCode() != null) {
            params.put(PROVINCE, filter.provinceCode());
        }
        if (filter.recipient() != null) {
            params.put(RECIPIENT, filter.recipient().name());
        }
        if (filter.stage() != null) {
            params.put(STAGE, filter.stage().name());
        }
        if (filter.band() != null) {
            params.put(BAND, filter.band().name());
        }
        if (filter.lateOnly()) {
            params.put(LATE, YES);
        }
        return QueryParameters.simple(params);
    }

    void apply(QueryParameters params) {
        applyingUrl = true;
        try {
            province.showCode(param(params, PROVINCE).orElse(null));
            recipient.setValue(param(params, RECIPIENT).flatMap(v -> parse(Recipient.class, v)).orElse(null));
            stage.setValue(param(params, STAGE).flatMap(v -> parse(SigningStage.class, v)).orElse(null));
            band.setValue(param(params, BAND).flatMap(v -> parse(Band.class, v)).orElse(null));
            late.setValue(param(params, LATE).filter(YES::equals).isPresent());
        } finally {
            applyingUrl = false;
        }
    }

    private static Optional<String> param(QueryParameters params, String name) {
        return params.getParameters().getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
