package id.go.kemendagri.siap.leadership;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rules of the heads feature that may change without a release ({@code siap.leadership.*}). The
 * category cut-offs are not published (domain.md: 93% was BAIK, 64-82% CUKUP, 54% and below KURANG), so
 * they are configuration.
 *
 * @param pjTerm              length of a Pj term and of each extension
 * @param electedTerm         default term of an elected head when none is given
 * @param reportIntervalMonths a Pj reports every so many months, counted from the swearing-in date
 * @param indicatorPassScore  an indicator scored at least this (0-100) counts as met
 * @param baikMinPercent      share of indicators met (percent) from which the category is BAIK
 * @param cukupMinPercent     share of indicators met (percent) from which the category is CUKUP; below is KURANG
 * @param kuningMinScore      neutrality score from which the band is KUNING; below is MERAH
 * @param hijauMinScore       neutrality score from which the band is HIJAU
 * @param alertDays           terms ending within this many days are alerts
 */
@ConfigurationProperties("siap.leadership")
public record LeadershipProperties(
        @DefaultValue("P1Y") Period pjTerm,
        @DefaultValue("P5Y") Period electedTerm,
        @DefaultValue("3") int reportIntervalMonths,
        @DefaultValue("70") int indicatorPassScore,
        @DefaultValue("85") int baikMinPercent,
        @DefaultValue("60") int cukupMinPercent,
        @DefaultValue("60") int kuningMinScore,
        @DefaultValue("80") int hijauMinScore,
        @DefaultValue("90") int alertDays) {

    /** The neutrality bands for the texts that state them: {0} MERAH's top, {1}-{2} KUNING, {3} HIJAU's floor. */
    public Object[] neutralityArguments() {
        return new Object[] { kuningMinScore - 1, kuningMinScore, hijauMinScore - 1, hijauMinScore };
    }

    public static LeadershipProperties defaults() {
        return new LeadershipProperties(Period.ofYears(1), Period.ofYears(5), 3, 70, 85, 60, 60, 80, 90);
    }
}
