package id.go.kemendagri.siap.followup.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import id.go.kemendagri.siap.followup.MeetingType;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    String FILTER = """
            from Meeting m
            where (:type is null or m.type = :type)
              and (:search is null or lower(m.title) like :search or lower(m.organiser) like :search
                   or lower(m.place) like :search)
              and (:province is null or exists (select 1 from Meeting m2 join m2.regionCodes rc
                   where m2.id = m.id and (rc = :province or rc like :provincePrefix)))
            """;

    /** id, type, title, date, organiser, place, online, demo of one page of meetings. */
    @Query("select m.id, m.type, m.title, m.date, m.organiser, m.place, m.online, m.demo " + FILTER)
    List<Object[]> findPage(MeetingType type, String search, String province, String provincePrefix, Pageable page);

    /** The same columns as {@link #findPage} for the given meetings. */
    @Query("select m.id, m.type, m.title, m.date, m.organiser, m.place, m.online, m.demo from Meeting m where m.id in :ids")
    List<Object[]> findHeaders(Collection<Long> ids);

    @Query("select count(m) " + FILTER)
    long countPage(MeetingType type, String search, String province, String provincePrefix);

    /** meeting id and number of participating regions. */
    @Query("select m.id, count(rc) from Meeting m join m.regionCodes rc where m.id in :ids group by m.id")
    List<Object[]> countParticipants(Collection<Long> ids);

    boolean existsByTitleAndDate(String title, LocalDate date);
}
