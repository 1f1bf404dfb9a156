package id.go.kemendagri.siap.leadership;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * An elected head's leave for the campaign (UU 10/2016): from the first to the last day of the cycle's campaign
 * stage, while a Pjs designated by the Minister (Kepmendagri) acts. The head keeps the tenure and returns the day
 * after the leave ends. {@code decreeDate} is the day of the decree designating the Pjs (null for a leave recorded
 * before it was asked for).
 * <p>
 * The tenure embeds it ({@code domain.HeadTenure}, columns {@code leave_starts_on} to {@code leave_decree_date});
 * a tenure without a leave has them all null and reads as null.
 */
@Embeddable
public record CampaignLeave(LocalDate startsOn, LocalDate endsOn, String pjsName, String pjsNip, String pjsOrigin,
        String decreeNumber, LocalDate decreeDate) {

    /** Whether the head is on leave, and the Pjs acting, on {@code day}. */
    public boolean onLeave(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The day the head is back at work. */
    public LocalDate returnsOn() {
        return endsOn.plusDays(1);
    }
}
