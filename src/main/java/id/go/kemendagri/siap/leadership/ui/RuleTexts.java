package id.go.kemendagri.siap.leadership.ui;

import java.time.Period;
import java.util.function.BiFunction;

import id.go.kemendagri.siap.leadership.LeadershipProperties;

/**
 * The forms' texts that state a rule, with the figures from the settings ({@code siap.leadership.*}) as message
 * parameters: a Pj's term, an elected head's term, the neutrality bands. {@code translate} is a component's
 * {@code getTranslation(key, params)}.
 */
final class RuleTexts {

    private RuleTexts() {
    }

    /** "satu tahun", "18 bulan", "one year", "1 tahun 2 bulan" (P1Y2M): a period as the settings write it. */
    static String period(BiFunction<String, Object[], String> translate, Period period) {
        var parts = new java.util.ArrayList<String>();
        if (period.getYears() != 0) {
            parts.add(translate.apply("heads.period.years", new Object[] { period.getYears() }));
        }
        if (period.getMonths() != 0) {
            parts.add(translate.apply("heads.period.months", new Object[] { period.getMonths() }));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(translate.apply("heads.period.days", new Object[] { period.getDays() }));
        }
        return String.join(" ", parts);
    }

    static String termEndHelper(BiFunction<String, Object[], String> translate, LeadershipProperties rules) {
        return translate.apply("heads.field.term-end.helper",
                new Object[] { period(translate, rules.pjTerm()), period(translate, rules.electedTerm()) });
    }

    static String extensionHelper(BiFunction<String, Object[], String> translate, LeadershipProperties rules) {
        return translate.apply("heads.field.new-term-end.helper", new Object[] { period(translate, rules.pjTerm()) });
    }
}
