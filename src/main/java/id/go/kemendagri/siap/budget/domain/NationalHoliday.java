package id.go.kemendagri.siap.budget.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;

/** A day government offices are closed: a national holiday or collective leave (cuti bersama). */
@Entity
@Table(name = "national_holiday")
@Getter
public class NationalHoliday {

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;

    private String name;

    private boolean collectiveLeave;

    protected NationalHoliday() {
    }

    public NationalHoliday(LocalDate date, String name, boolean collectiveLeave) {
        this.date = date;
        this.name = name;
        this.collectiveLeave = collectiveLeave;
    }
}
