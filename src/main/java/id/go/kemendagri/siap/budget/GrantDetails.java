package id.go.kemendagri.siap.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One grant as stored, with what the system derives from it and the version a later save must name. */
public record GrantDetails(long id, String regionCode, Recipient recipient, SigningStage stage, Scheme scheme,
        Long proposed, Long agreed, String nphdNumber, LocalDate signedOn, int earlierYearPercent, long disbursed,
        Band band, boolean late, List<TrancheStatus> tranches, List<TransferDetails> transfers, boolean demo,
        Instant updatedAt, String updatedBy, long version, String notApplicableReason) {

    /** A TNI or Polri grant the region marked not applicable: neither signed nor missing. */
    public boolean notApplicable() {
        return notApplicableReason != null;
    }

    public GrantDraft toDraft() {
        return new GrantDraft(stage, scheme, proposed, agreed, nphdNumber, signedOn, earlierYearPercent, version);
    }

    /** The part of the agreed amount budgeted in the year before the vote; the rest is in the vote's year. */
    public Long earlierYearAmount() {
        return agreed == null ? null : agreed * earlierYearPercent / 100;
    }

    public Long voteYearAmount() {
        return agreed == null ? null : agreed - earlierYearAmount();
    }

    public long remaining() {
        return agreed == null ? 0 : agreed - disbursed;
    }
}
