package id.go.kemendagri.siap.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

/**
 * A list's filter fields in a row that wraps, kept in the address ({@code ?provinsi=62&terlambat=ya}) so that a
 * filtered list can be shared: setting the fields from the address fires no search per field, and a value the
 * address gets wrong (blank, unknown) reads as none. Subclasses name the parameters and build the filter; a view
 * whose filters are its own fields reads the address with {@link #param} too ({@code RegionListView}).
 */
public abstract class FilterBar extends HorizontalLayout {

    /** The value of a yes/no parameter that is on, e.g. {@code ?terlambat=ya}. */
    protected static final String YES = "ya";

    private final String anyKey;
    private boolean applyingUrl;

    /** @param anyKey the translation key of the choice "any" (no filter) */
    protected FilterBar(String anyKey) {
        this.anyKey = anyKey;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
    }

    /** A choice among {@code values} that may be left at "any"; {@code label} shows a value. */
    protected <T> Select<T> choice(Select<T> select, String labelKey, T[] values, Function<T, String> label) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation(anyKey));
        select.setItemLabelGenerator(value -> value == null ? getTranslation(anyKey) : label.apply(value));
        return select;
    }

    /** Runs {@code onChange} when one of the fields changes, except while they are set from the address. */
    protected void onChange(Runnable onChange, List<HasValue<?, ?>> fields) {
        fields.forEach(field -> field.addValueChangeListener(event -> {
            if (!applyingUrl) {
                onChange.run();
            }
        }));
    }

    /** Sets the fields from the address ({@code setFields}) without a search per field. */
    protected void fromAddress(Runnable setFields) {
        applyingUrl = true;
        try {
            setFields.run();
        } finally {
            applyingUrl = false;
        }
    }

    /** The parameter's first value that is not blank. */
    public static Optional<String> param(QueryParameters params, String name) {
        return params.getParameters().getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    /** The parameter as a constant of {@code type}, whatever its case; none when it names none. */
    public static <E extends Enum<E>> Optional<E> param(QueryParameters params, String name, Class<E> type) {
        return param(params, name).flatMap(value -> {
            try {
                return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** Whether a yes/no parameter is on ({@link #YES}). */
    protected static boolean flag(QueryParameters params, String name) {
        return param(params, name).filter(YES::equals).isPresent();
    }
}
