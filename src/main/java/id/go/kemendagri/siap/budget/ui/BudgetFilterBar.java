package id.go.kemendagri.siap.budget.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.FilterBar;
import id.go.kemendagri.siap.budget.Band;
import id.go.kemendagri.siap.budget.GrantFilter;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.budget.SigningStage;

/**
 * The grid's filters and their URL form ({@code ?provinsi=62&penerima=KPU&tahap=SIGNED&pita=RED&terlambat=ya}),
 * so that a filtered list can be shared. Provincial staff have their province fixed.
 */
class BudgetFilterBar extends FilterBar<GrantFilter> {

    static final String RECIPIENT = "penerima";
    static final String STAGE = "tahap";
    static final String BAND = "pita";
    static final String LATE = "terlambat";

    final Select<Recipient> recipient = new Select<>();
    final Select<SigningStage> stage = new Select<>();
    final Select<Band> band = new Select<>();
    final Checkbox late = new Checkbox();

    BudgetFilterBar(List<Province> provinces, Runnable changed) {
        super("budget.filter.any", provinces);
        choice(recipient, "budget.filter.recipient", Recipient.values(), r -> Labels.recipient(this, r));
        choice(stage, "budget.filter.stage", SigningStage.values(), s -> Labels.stage(this, s));
        choice(band, "budget.filter.band", Band.values(), b -> Labels.band(this, b));
        late.setLabel(getTranslation("budget.filter.late"));
        onChange(changed, List.of(province, recipient, stage, band, late));
        add(province, recipient, stage, band, late);
        addClassName("budget-filters");
    }

    @Override
    public GrantFilter filter() {
        return new GrantFilter(province.code(), recipient.getValue(),
                stage.getValue(), band.getValue(), late.getValue());
    }

    @Override
    public QueryParameters toQuery(GrantFilter filter) {
        return query().put(PROVINCE, filter.provinceCode()).put(RECIPIENT, filter.recipient())
                .put(STAGE, filter.stage()).put(BAND, filter.band()).flag(LATE, filter.lateOnly()).build();
    }

    @Override
    protected void applyFields(QueryParameters params) {
        recipient.setValue(param(params, RECIPIENT, Recipient.class).orElse(null));
        stage.setValue(param(params, STAGE, SigningStage.class).orElse(null));
        band.setValue(param(params, BAND, Band.class).orElse(null));
        late.setValue(flag(params, LATE));
    }
}
