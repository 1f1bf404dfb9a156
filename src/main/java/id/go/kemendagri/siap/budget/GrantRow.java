package id.go.kemendagri.siap.budget;

import java.time.LocalDate;

/** One line of the budget grid: a region and a recipient. */
public record GrantRow(long id, String regionCode, String regionName, String provinceCode, String provinceName,
        Recipient recipient, SigningStage stage, Scheme scheme, Long proposed, Long agreed, long disbursed,
        String nphdNumber, LocalDate signedOn, LocalDate tranche1Due, LocalDate tranche2Due, boolean late,
        boolean demo, boolean notApplicable) {

    public Band band() {
        return stage == SigningStage.SIGNED ? Band.of(disbursed, agreed) : null;
    }
}
