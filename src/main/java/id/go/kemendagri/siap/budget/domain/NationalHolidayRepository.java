package id.go.kemendagri.siap.budget.domain;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NationalHolidayRepository extends JpaRepository<NationalHoliday, LocalDate> {

    @Query("select h.date from NationalHoliday h")
    List<LocalDate> findAllDates();
}
