package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The arithmetic of terms, report schedules, categories and bands: pure functions of their inputs and
 * the configured {@link LeadershipProperties}, so that each rule is tested on its own. A bean, so that the services
 * that apply the rules share one.
 */
@Component
@RequiredArgsConstructor
public final class LeadershipRules {

    private final LeadershipProperties properties;

    /** One report slot: number n covers the months from {@code start} to {@code due}. */
    public record Period3(int number, LocalDate start, LocalDate due) {
    }

    /**
     * A term's end: the start plus the term length. 29 February plus one year is 28 February, as
     * {@link LocalDate#plus(java.time.temporal.TemporalAmount)} counts it.
     */
    /** Today in Jakarta, the ministry's calendar. */
    public static LocalDate today(java.time.Clock clock) {
        return id.go.kemendagri.siap.base.Formats.today(clock);
    }

    public static LocalDate termEnd(LocalDate start, Period term) {
        return start.plus(term);
    }

    public LocalDate defaultTermEnd(HeadStatus status, LocalDate start) {
        return switch (status) {
            case PJ -> termEnd(start, properties.pjTerm());
            case DEFINITIF -> termEnd(start, properties.electedTerm());
            case PJS, PLT, PLH -> null;
        };
    }

    /**
     * The reports owed from the swearing-in date up to {@code until}: every interval counted from the
     * swearing-in date itself (not added up period by period, so that 31 August gives 30 November, 28 or
     * 29 February, 31 May and 31 August), the last one due on or before {@code until}.
     */
    public List<Period3> schedule(LocalDate swornIn, LocalDate until) {
        var periods = new ArrayList<Period3>();
        if (until == null) {
            return periods;
        }
        var months = properties.reportIntervalMonths();
        for (var n = 1; ; n++) {
            var due = swornIn.plusMonths((long) n * months);
            if (due.isAfter(until)) {
                return periods;
            }
            periods.add(new Period3(n, swornIn.plusMonths((long) (n - 1) * months), due));
        }
    }

    public static ReportStatus reportStatus(LocalDate due, LocalDate sentOn, LocalDate today) {
        if (sentOn != null) {
            return ReportStatus.TERKIRIM;
        }
        return today.isAfter(due) ? ReportStatus.TERLAMBAT : ReportStatus.BELUM;
    }

    public boolean met(int score) {
        return score >= properties.indicatorPassScore();
    }

    public int countMet(Collection<Integer> scores) {
        return (int) scores.stream().filter(this::met).count();
    }

    /** BAIK from the configured share of indicators met, then CUKUP, else KURANG; compared without rounding. */
    public EvaluationCategory category(int met, int total) {
        if (total <= 0) {
            return EvaluationCategory.KURANG;
        }
        if (met * 100L >= (long) properties.baikMinPercent() * total) {
            return EvaluationCategory.BAIK;
        }
        if (met * 100L >= (long) properties.cukupMinPercent() * total) {
            return EvaluationCategory.CUKUP;
        }
        return EvaluationCategory.KURANG;
    }

    public NeutralityBand band(int score) {
        if (score >= properties.hijauMinScore()) {
            return NeutralityBand.HIJAU;
        }
        return score >= properties.kuningMinScore() ? NeutralityBand.KUNING : NeutralityBand.MERAH;
    }
}
