package id.go.kemendagri.siap.budget;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.budget.domain.NationalHolidayRepository;
import id.go.kemendagri.siap.budget.domain.NphdGrant;
import id.go.kemendagri.siap.budget.domain.NphdTransfer;

/**
 * Works out a signed grant's tranches: tranche I (40%) due 14 working days after signing, tranche II
 * (60%) due five months before the vote; or one tranche of 100% for a lump sum, due like tranche I.
 * The numbers come from {@link BudgetProperties}, the holidays from the {@code national_holiday} table.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class TranchePlanner {

    private final NationalHolidayRepository holidays;
    private final BudgetProperties properties;
    private volatile WorkingDays workingDays;

    /** Holidays change only by migration, so they are read once. */
    WorkingDays workingDays() {
        var days = workingDays;
        if (days == null) {
            days = new WorkingDays(new HashSet<>(holidays.findAllDates()));
            workingDays = days;
        }
        return days;
    }

    TranchePlan plan(SigningStage stage, Scheme scheme, Long agreed, LocalDate signedOn, LocalDate voteDate) {
        if (stage != SigningStage.SIGNED || agreed == null || signedOn == null) {
            return TranchePlan.NONE;
        }
        var firstDue = workingDays().after(signedOn, properties.trancheOneWorkingDays());
        if (scheme == Scheme.LUMP_SUM) {
            return new TranchePlan(agreed, firstDue, null, null);
        }
        var first = agreed * properties.trancheOnePercent() / 100;
        return new TranchePlan(first, firstDue, agreed - first, voteDate.minusMonths(properties.trancheTwoMonthsBeforeVote()));
    }

    List<TrancheStatus> statuses(NphdGrant grant, List<NphdTransfer> transfers, LocalDate today) {
        var result = new ArrayList<TrancheStatus>();
        var plan = grant.getPlan();
        if (plan.tranche1Amount() == null) {
            return result;
        }
        var total = grant.getDisbursed();
        var lumpSum = plan.tranche2Amount() == null;
        var first = plan.tranche1Amount();
        result.add(status(1, lumpSum ? 100 : properties.trancheOnePercent(), first, plan.tranche1Due(),
                booked(transfers, 1), total >= first, today));
        if (!lumpSum) {
            result.add(status(2, 100 - properties.trancheOnePercent(), plan.tranche2Amount(),
                    plan.tranche2Due(), booked(transfers, 2), total >= grant.getAgreed(), today));
        }
        return result;
    }

    private static TrancheStatus status(int number, int percent, long amount, LocalDate due, long booked,
            boolean complete, LocalDate today) {
        return new TrancheStatus(number, percent, amount, due, booked, complete, !complete && today.isAfter(due));
    }

    private static long booked(List<NphdTransfer> transfers, int tranche) {
        return transfers.stream().filter(t -> t.getTranche() == tranche).mapToLong(NphdTransfer::getAmount).sum();
    }
}
