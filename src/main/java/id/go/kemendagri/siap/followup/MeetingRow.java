package id.go.kemendagri.siap.followup;

import java.time.LocalDate;

/** A meeting in the list with how far its follow-ups got (within the user's province, for staff). */
public record MeetingRow(long id, MeetingType type, String title, LocalDate date, String organiser, String place,
        boolean online, boolean demo, long regions, long items, long done, long overdue) {

    /** Share of follow-ups closed, 0 to 1; 0 when the meeting gave none. */
    public double completion() {
        return items == 0 ? 0 : (double) done / items;
    }
}
