package id.go.kemendagri.siap.budget;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The grant rules that a new regulation may change (Permendagri 54/2019 as amended by 41/2020), and the
 * import's limits.
 *
 * @param trancheOnePercent          share of the agreed amount in tranche I (the rest is tranche II)
 * @param trancheOneWorkingDays      tranche I is due this many working days after signing
 * @param trancheTwoMonthsBeforeVote tranche II is due this many months before the vote
 * @param maxAmount                  largest believable amount of one grant, in Rupiah
 * @param maxImportRows              most data rows an import file may have
 * @param maxImportSize              largest import file, refused before it is read
 * @param maxImportCells             most cells (header included) an import file may have; reading stops at the
 *                                   first one past it
 * @param maxImportUnpacked          largest part of an XLSX once unpacked (POI's zip-bomb guard, max entry size)
 * @param importMinInflateRatio      smallest ratio of packed to unpacked size of a part of an XLSX (POI's zip-bomb
 *                                   guard; 0.01 means a part may unpack to at most 100 times its packed size)
 * @param importPlaces               imports (previews and stores) that may run at once on one node; one per user
 * @param importWait                 how long an import waits for a place before it is refused with a message
 */
@ConfigurationProperties("siap.budget")
public record BudgetProperties(@DefaultValue("40") int trancheOnePercent, @DefaultValue("14") int trancheOneWorkingDays,
        @DefaultValue("5") int trancheTwoMonthsBeforeVote, @DefaultValue("5000000000000") long maxAmount,
        @DefaultValue("5000") int maxImportRows, @DefaultValue("5MB") DataSize maxImportSize,
        @DefaultValue("100000") int maxImportCells, @DefaultValue("32MB") DataSize maxImportUnpacked,
        @DefaultValue("0.01") double importMinInflateRatio, @DefaultValue("2") int importPlaces,
        @DefaultValue("3s") java.time.Duration importWait) {

    /**
     * The figures of the rule for the texts that state it (message parameters, never fixed text): {0} the share of
     * tranche I, {1} of tranche II (percent), {2} the working days to tranche I, {3} the months before the vote
     * of tranche II.
     */
    public Object[] ruleArguments() {
        return new Object[] { trancheOnePercent, 100 - trancheOnePercent, trancheOneWorkingDays,
                trancheTwoMonthsBeforeVote };
    }

    /** A text pattern as the bundle has it (a translation asked for without parameters), with the figures. */
    public String state(String pattern, java.util.Locale locale) {
        return new java.text.MessageFormat(pattern, id.go.kemendagri.siap.base.Formats.normalise(locale))
                .format(ruleArguments());
    }
}
