package id.go.kemendagri.siap.budget.ui;

import java.util.Optional;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;

import id.go.kemendagri.siap.budget.Rupiah;

/**
 * A Rupiah amount typed as Indonesians write it (Rp1.234.567, 1.234.567 or 1234567). Text that is not an
 * amount marks the field instead of reaching the server; {@link #converter()} turns the text into whole Rupiah
 * for a form's {@code Binder}.
 */
class MoneyField extends TextField {

    MoneyField(String labelKey) {
        setLabel(getTranslation(labelKey));
        setPrefixComponent(new com.vaadin.flow.component.html.Span("Rp"));
        setPlaceholder("0");
        setMaxLength(24);
        setAllowedCharPattern("[0-9. Rp]");
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                check();
                parsed().ifPresent(v -> setValue(plain(v)));
            }
        });
    }

    /** Empty field: null; unreadable text: empty. */
    Optional<Optional<Long>> read() {
        if (getValue().isBlank()) {
            return Optional.of(Optional.empty());
        }
        return parsed().map(Optional::of);
    }

    private Optional<Long> parsed() {
        return Rupiah.parse(getValue());
    }

    boolean check() {
        var ok = read().isPresent();
        setInvalid(!ok);
        setErrorMessage(ok ? null : getTranslation("budget.error.amount.format"));
        return ok;
    }

    void show(Long amount) {
        setValue(amount == null ? "" : plain(amount));
        setInvalid(false);
    }

    Long valueOrNull() {
        return read().flatMap(v -> v).orElse(null);
    }

    /** Text to whole Rupiah (blank: none) and back, for binding the field to a draft's amount. */
    Converter<String, Long> converter() {
        return Converter.from(text -> text == null || text.isBlank() ? Result.ok(null)
                : Rupiah.parse(text).map(Result::ok).orElseGet(() -> Result.error(getTranslation("budget.error.amount.format"))),
                amount -> amount == null ? "" : plain(amount));
    }

    /** 1.234.567 without the prefix, which the field shows. */
    private String plain(long amount) {
        return Rupiah.format(amount, getLocale()).substring(2);
    }
}
