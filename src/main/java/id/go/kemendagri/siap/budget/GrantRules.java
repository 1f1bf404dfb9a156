package id.go.kemendagri.siap.budget;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Server-side checks of a grant and of a transfer, shared by the forms and the import. They return
 * translation keys per field, empty when valid; the callers decide whether to throw or to list them.
 */
public final class GrantRules {

    static final int MAX_TEXT = 100;
    /** Agreements are signed in the two budget years before the vote at the earliest. */
    static final int YEARS_BEFORE_VOTE = 3;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private GrantRules() {
    }

    /**
     * What a grant check needs besides the draft.
     *
     * @param disbursed       what the grant's transfers add up to now
     * @param hasTransfers    whether any transfer is booked
     * @param hasTrancheTwo   whether a transfer is booked against tranche II
     */
    public record GrantContext(long disbursed, boolean hasTransfers, boolean hasTrancheTwo, LocalDate today,
            LocalDate voteDate, long maxAmount) {
    }

    public static Map<String, String> check(GrantDraft draft, GrantContext context) {
        var errors = new LinkedHashMap<String, String>();
        if (draft.stage() == null) {
            errors.put("stage", "budget.error.stage");
        }
        if (draft.scheme() == null) {
            errors.put("scheme", "budget.error.scheme");
        }
        amount(errors, "proposed", draft.proposed(), context.maxAmount());
        amount(errors, "agreed", draft.agreed(), context.maxAmount());
        var stage = draft.stage() == null ? SigningStage.NOT_PROPOSED : draft.stage();
        if (stage != SigningStage.NOT_PROPOSED && draft.proposed() == null) {
            errors.putIfAbsent("proposed", "budget.error.proposed.required");
        }
        var needsAgreement = stage == SigningStage.AGREED || stage == SigningStage.SIGNED;
        if (needsAgreement && draft.agreed() == null) {
            errors.putIfAbsent("agreed", "budget.error.agreed.required");
        }
        if (draft.agreed() != null && draft.agreed() < context.disbursed()) {
            errors.putIfAbsent("agreed", "budget.error.agreed.below-disbursed");
        }
        var number = trim(draft.nphdNumber());
        if (number.length() > MAX_TEXT || CONTROL.matcher(number).find()) {
            errors.put("nphdNumber", "budget.error.nphd-number");
        } else if (stage == SigningStage.SIGNED && number.isEmpty()) {
            errors.put("nphdNumber", "budget.error.nphd-number.required");
        }
        if (stage == SigningStage.SIGNED && draft.signedOn() == null) {
            errors.put("signedOn", "budget.error.signed-on.required");
        } else if (draft.signedOn() != null && (draft.signedOn().isAfter(context.today())
                || draft.signedOn().isBefore(context.voteDate().minusYears(YEARS_BEFORE_VOTE)))) {
            errors.put("signedOn", "budget.error.signed-on.range");
        }
        var percent = draft.earlierYearPercent();
        if (percent == null || percent < 0 || percent > 100) {
            errors.put("earlierYearPercent", "budget.error.percent");
        }
        if (context.hasTransfers() && stage != SigningStage.SIGNED) {
            errors.putIfAbsent("stage", "budget.error.stage.has-transfers");
        }
        if (context.hasTrancheTwo() && draft.scheme() == Scheme.LUMP_SUM) {
            errors.putIfAbsent("scheme", "budget.error.scheme.has-tranche-two");
        }
        return errors;
    }

    /**
     * @param agreed     the agreed amount of the grant the transfer is for
     * @param disbursed  what the grant's transfers add up to before this one
     * @param signedOn   the signing date, or null when not signed
     * @param referenceUsed whether the grant already has a transfer with this reference
     */
    public record TransferContext(SigningStage stage, Scheme scheme, Long agreed, long disbursed, LocalDate signedOn,
            boolean referenceUsed, LocalDate today, long maxAmount) {
    }

    public static Map<String, String> check(TransferDraft draft, TransferContext context) {
        var errors = new LinkedHashMap<String, String>();
        if (context.stage() != SigningStage.SIGNED || context.agreed() == null) {
            errors.put("grant", "budget.error.transfer.not-signed");
            return errors;
        }
        if (draft.tranche() != 1 && !(draft.tranche() == 2 && context.scheme() == Scheme.TRANCHES)) {
            errors.put("tranche", "budget.error.transfer.tranche");
        }
        if (draft.date() == null) {
            errors.put("date", "budget.error.transfer.date");
        } else if (draft.date().isAfter(context.today())
                || (context.signedOn() != null && draft.date().isBefore(context.signedOn()))) {
            errors.put("date", "budget.error.transfer.date.range");
        }
        if (draft.amount() == null || draft.amount() <= 0 || draft.amount() > context.maxAmount()) {
            errors.put("amount", "budget.error.transfer.amount");
        } else if (context.disbursed() + draft.amount() > context.agreed()) {
            errors.put("amount", "budget.error.transfer.above-agreed");
        }
        var reference = trim(draft.reference());
        if (reference.isEmpty() || reference.length() > MAX_TEXT || CONTROL.matcher(reference).find()) {
            errors.put("reference", "budget.error.transfer.reference");
        } else if (context.referenceUsed()) {
            errors.put("reference", "budget.error.transfer.reference-used");
        }
        return errors;
    }

    /** The longest reason for a grant not applicable. */
    static final int MAX_REASON = 500;

    /**
     * Marking a grant not applicable: only a TNI or Polri grant (KPU and Bawaslu always need theirs), with a
     * reason of 5-500 characters, and not once it is signed or money has been transferred.
     */
    public static Map<String, String> checkNotApplicable(Recipient recipient, String reason, SigningStage stage,
            boolean hasTransfers) {
        var errors = new LinkedHashMap<String, String>();
        if (recipient != Recipient.TNI && recipient != Recipient.POLRI) {
            errors.put("notApplicable", "budget.error.not-applicable.recipient");
            return errors;
        }
        var text = trim(reason);
        if (text.length() < 5 || text.length() > MAX_REASON || CONTROL.matcher(text.replace('\n', ' ')).find()) {
            errors.put("notApplicableReason", "budget.error.not-applicable.reason");
        }
        if (stage == SigningStage.SIGNED || hasTransfers) {
            errors.put("notApplicable", "budget.error.not-applicable.signed");
        }
        return errors;
    }

    private static void amount(Map<String, String> errors, String field, Long value, long max) {
        if (value != null && (value < 0 || value > max)) {
            errors.put(field, "budget.error.amount.range");
        }
    }

    public static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
